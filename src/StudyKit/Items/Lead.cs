using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>Where an article says something about itself: the first mention of a name, or its opening sentence.</summary>
internal static class Lead
{
    /// <summary>The opening sentence (or, with no sentences, the first paragraph), or null for an empty article.</summary>
    public static Evidence? Of(Article article)
    {
        if (article.Sentences.Length > 0)
        {
            return Evidence.Of(article, article.Sentences[0].Span);
        }
        return article.Paragraphs.Length > 0 ? Evidence.Of(article, article.Paragraphs[0].Span) : null;
    }

    /// <summary>
    /// The sentence where <paramref name="name"/> is first written as a whole word, or null. Case is ignored
    /// except for short names, so that "AP" is not found in "apakah".
    /// </summary>
    public static Evidence? Mention(GenerationContext context, Article article, string name)
    {
        var comparison = name.Length <= 3 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var text = article.Text;
        for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
        {
            var end = at + name.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (whole && article.ParagraphAt(at) is not null)
            {
                return context.Around(Evidence.Of(article, new TextSpan(at, end)));
            }
        }
        return null;
    }
}
