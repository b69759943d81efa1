namespace StudyKit.Reading;

/// <summary>A paragraph of an article's cleaned text.</summary>
/// <param name="Number">1-based number as printed.</param>
/// <param name="Span">Where the paragraph lies in <see cref="Article.Text"/>.</param>
/// <param name="Text">The paragraph text; equals <c>article.Text[Span.Start..Span.End]</c>.</param>
public sealed record Paragraph(ParagraphNumber Number, TextSpan Span, string Text)
{
    /// <summary>
    /// The 1-based line of the source file the paragraph was read from (its text may differ from that line
    /// after repair and noise removal), or null when not known.
    /// </summary>
    public int? SourceLine { get; init; }
}
