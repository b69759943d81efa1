using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// The same statement worded differently by two outlets: why? Each outlet wrote the quote down itself:
/// translated, edited or shortened it. The explanation names translation only when the text shows it
/// (two languages, a credited agency), and the sources when they differ. The distractors are plausible
/// but not supported by anything in the articles.
/// </summary>
internal sealed class QuoteWordingGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.QuoteWording;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        var quotes = context.Findings.Quotes.ToDictionary(q => q.Id);
        foreach (var link in context.Findings.QuoteLinks.Where(l => l.Relation == QuoteLinkRelation.Variant))
        {
            // A group may hold a copy and a rewording (id_06 = id_07, id_08 drops "adanya"): the first two
            // articles by label that word the statement differently make the pair.
            var members = link.Quotes.Where(quotes.ContainsKey).Select(id => quotes[id])
                .DistinctBy(q => q.Evidence.Article).OrderBy(q => q.Evidence.Label.Value, StringComparer.Ordinal).ToList();
            var pair = members.SelectMany((a, i) => members.Skip(i + 1).Select(b => (First: a, Second: b)))
                .FirstOrDefault(p => TextNormal.Normalize(p.First.Text) != TextNormal.Normalize(p.Second.Text)
                    && TextNormal.SameGist(p.First.Text, p.Second.Text));
            if (pair.First is not null)
            {
                yield return Build(context, pair.First, pair.Second);
            }
        }
    }

    /// <summary>" Artikel A mengambilnya dari Tass, artikel D dari Reuters." when the two came by different named sources.</summary>
    private static string Sources(GenerationContext context, Quote first, Quote second)
    {
        string? Source(Quote q) => q.Via ?? (context.Article(q.Evidence.Article).Wire is { Length: 1 } wire ? wire[0] : null);
        var (a, b) = (Source(first), Source(second));
        return a is null || b is null || TextNormal.Normalize(a) == TextNormal.Normalize(b)
            ? string.Empty
            : " " + ItemTexts.Format(context.Texts.QuoteWordingSources, first.Evidence.Label.Value, a, second.Evidence.Label.Value, b);
    }

    private Candidate Build(GenerationContext context, Quote first, Quote second)
    {
        var texts = context.Texts;
        var speaker = first.Speaker?.Name ?? second.Speaker?.Name;
        // Whether the outlets translated is known only from the text: the two articles are in different
        // languages, or one credits a source abroad (a "via" or a wire). Otherwise they may have translated
        // (a foreign coach at a press conference) or only edited (a minister in Jakarta): the key says both.
        var translated = context.Article(first.Evidence.Article).Language != context.Article(second.Evidence.Article).Language
            || new[] { first, second }.Any(q => q.Via is not null || context.Article(q.Evidence.Article).Wire.Length > 0);
        var answer = texts.QuoteWordingAnswer;
        var distractors = texts.QuoteWordingDistractors
            .Where(d => speaker is not null || !d.Contains("{0}", StringComparison.Ordinal))
            .Select(d => ItemTexts.Format(d, speaker ?? string.Empty)).ToList();
        var evidence = ImmutableArray.Create(context.Around(first.Evidence), context.Around(second.Evidence));
        var a = first.Evidence.Label.Value;
        var b = second.Evidence.Label.Value;
        return new Candidate
        {
            Kind = Kind,
            Key = QuoteAttribution.Key(first.Evidence) + "~" + QuoteAttribution.Key(second.Evidence),
            Prompt = ItemTexts.Format(texts.QuoteWordingPrompt, a, b, speaker ?? string.Empty).Replace("  ", " ", StringComparison.Ordinal),
            Stimulus = ItemTexts.Format(texts.ArticleLabel, a) + ": " + QuoteAttribution.Show(first.Text) + "\n"
                + ItemTexts.Format(texts.ArticleLabel, b) + ": " + QuoteAttribution.Show(second.Text),
            Choices = [new(answer, true), .. distractors.Select(d => new Choice(d, false))],
            Answer = answer,
            Evidence = evidence,
            Explanation = ItemTexts.Format(translated ? texts.QuoteWordingExplanationTranslated : texts.QuoteWordingExplanationEdited,
                context.Ref(evidence[0]), context.Ref(evidence[1])) + Sources(context, first, second),
            Difficulty = 3,
            Tags = [.. new[] { first.Speaker?.Entity.Value, second.Speaker?.Entity.Value }.OfType<string>()],
            // The evidence must hold both wordings: that is what the finding "same statement, other words" rests on.
            Support = new Support(QuoteAttribution.Text(evidence), [[first.Text], [second.Text]]),
            DistractorForms = [.. distractors.Select(d => (ImmutableArray<string>)[d])],
            ArticlesNeeded = 2,
        };
    }
}
