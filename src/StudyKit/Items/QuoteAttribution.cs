using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// The evidence that ties a quote (or claim) to its speaker: the sentence around the quote and, when that
/// sentence only says "katanya" or "he said", also the earlier sentence that names the speaker.
/// </summary>
internal static class QuoteAttribution
{
    /// <summary>Quotes with a speaker, not fragments of reported speech, in findings order.</summary>
    public static IEnumerable<Quote> Attributed(GenerationContext context) =>
        context.Findings.Quotes.Where(q => q.Speaker is not null && !q.Partial);

    /// <summary>The forms that name the speaker at this quote: canonical name, aliases and the form written.</summary>
    public static ImmutableArray<string> Forms(SpeakerInfo speaker, string? asWritten) =>
        asWritten is { Length: > 1 } written ? [.. speaker.Forms, written] : speaker.Forms;

    /// <summary>The sentence around <paramref name="evidence"/>, and the sentence naming the speaker when it is another.</summary>
    public static ImmutableArray<Evidence> For(GenerationContext context, Evidence evidence, SpeakerInfo speaker)
    {
        var around = context.Around(evidence);
        if (TextNormal.ContainsAny(around.Excerpt, speaker.Forms))
        {
            return [around];
        }
        var article = context.Article(evidence.Article);
        var at = -1;
        foreach (var form in speaker.Forms)
        {
            // The text before the sentence, searched in place: no copy of the start of the article per quote.
            at = Math.Max(at, article.Text.AsSpan(0, around.Span.Start).LastIndexOf(form, StringComparison.Ordinal));
        }
        if (at < 0)
        {
            return [around];
        }
        var naming = context.Around(Evidence.Of(article, new Reading.TextSpan(at, at + 1)));
        return naming.Span.Overlaps(around.Span) ? [around] : [naming, around];
    }

    /// <summary>The excerpts joined, for the gates.</summary>
    public static string Text(ImmutableArray<Evidence> evidence) => string.Join("\n", evidence.Select(e => e.Excerpt));

    /// <summary>"article:start-end", the evidence part of an item key.</summary>
    public static string Key(Evidence evidence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{evidence.Article}:{evidence.Span.Start}-{evidence.Span.End}");

    /// <summary>The quote as shown to students, in curly quotes.</summary>
    public static string Show(string quote) => "“" + quote.Trim().TrimEnd(',', ';', ' ') + "”";
}
