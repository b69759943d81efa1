using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// Matching: quotes to speakers, three to five pairs, one quote per speaker. A quote that names any of the
/// speakers would give its pair away, so such quotes are left to the other kinds.
/// </summary>
internal sealed class MatchQuotesGenerator : IItemGenerator
{
    private const int QuoteWords = 18;

    public ItemKind Kind => ItemKind.MatchQuotes;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        ImmutableArray<TextNormal.Phrase> allForms = [.. context.Speakers.SelectMany(s => s.Forms).Select(TextNormal.Phrase.Of)];
        var picks = QuoteAttribution.Attributed(context)
            .Where(q => TextNormal.WordCount(q.Text) >= QuoteLengthGate.MinimumWords && !QuoteLengthGate.IsFragment(q.Text)
                && !new TextNormal.PhraseText(q.Text).ContainsAny(allForms))
            .Where(q => context.Speaker(q.Speaker!) is var s && NameShape.Plausible(s.Name, s.Kind))
            .GroupBy(q => q.Speaker!.Entity)
            .Select(g => g.First())
            .OrderBy(q => GenerationContext.Shuffle("match-quotes", q.Id.Value), StringComparer.Ordinal)
            .ToList();
        foreach (var group in MatchGroups.Split(picks))
        {
            yield return Build(context, group);
        }
    }

    private Candidate Build(GenerationContext context, IReadOnlyList<Quote> quotes)
    {
        var speakers = quotes.Select(q => context.Speaker(q.Speaker!)).ToList();
        var evidence = quotes.SelectMany((q, i) => QuoteAttribution.For(context, q.Evidence, speakers[i])).ToImmutableArray();
        var pairs = quotes.Select((q, i) => new MatchPair(QuoteAttribution.Show(TextNormal.Shorten(q.Text, QuoteWords)), speakers[i].Name))
            .ToImmutableArray();
        var answer = string.Join("; ", quotes.Select((q, i) => pairs[i].Right + " — " + context.Ref(q.Evidence)));
        return new Candidate
        {
            Kind = Kind,
            Key = string.Join(",", quotes.Select(q => QuoteAttribution.Key(q.Evidence))),
            Prompt = context.Texts.MatchQuotesPrompt,
            Pairs = pairs,
            Answer = answer,
            Evidence = evidence,
            Explanation = context.Texts.MatchQuotesExplanation,
            Difficulty = quotes.Count > 4 ? 3 : 2,
            Tags = [.. speakers.Select(s => s.Id.Value)],
            Support = new Support(QuoteAttribution.Text(evidence),
                [.. quotes.Select((q, i) => QuoteAttribution.Forms(speakers[i], q.SpeakerAsWritten))]),
            BlankForms = [.. speakers.SelectMany(s => s.Forms)],
        };
    }
}
