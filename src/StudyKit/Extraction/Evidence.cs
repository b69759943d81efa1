using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Where a finding or item comes from: the article, its paragraph, the half-open span in the article's
/// cleaned text and the exact excerpt (<c>Excerpt == article.Text[Span.Start..Span.End]</c>).
/// </summary>
/// <param name="Article">The article id.</param>
/// <param name="Label">The article's student-facing label.</param>
/// <param name="Paragraph">The paragraph holding the start of the span.</param>
/// <param name="Span">The span in <see cref="Reading.Article.Text"/>.</param>
/// <param name="Excerpt">The exact text of the span.</param>
public sealed record Evidence(ArticleId Article, ArticleLabel Label, ParagraphNumber Paragraph, TextSpan Span, string Excerpt)
{
    /// <summary>Evidence for <paramref name="span"/> of <paramref name="article"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or outside the text.</exception>
    public static Evidence Of(Article article, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (span.Start < 0 || span.End > article.Text.Length || span.Length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} is outside article '{article.Id}'.");
        }
        var paragraph = article.ParagraphAt(span.Start)
            ?? throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} starts between paragraphs of '{article.Id}'.");
        return new Evidence(article.Id, article.Label, paragraph.Number, span, article.Text[span.Start..span.End]);
    }
}
