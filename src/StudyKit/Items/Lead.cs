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

    /// <summary>The sentence where <paramref name="name"/> is first written (ignoring case), or null.</summary>
    public static Evidence? Mention(GenerationContext context, Article article, string name)
    {
        var at = article.Text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at < 0 || article.ParagraphAt(at) is null
            ? null
            : context.Around(Evidence.Of(article, new TextSpan(at, at + name.Length)));
    }
}
