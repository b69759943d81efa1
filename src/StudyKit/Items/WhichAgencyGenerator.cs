using System.Collections.Immutable;

namespace StudyKit.Items;

/// <summary>Which news agency does an article credit (Reuters, Tass, KCNA, AFP…)?</summary>
internal sealed class WhichAgencyGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.WhichAgency;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var article in context.Articles)
        {
            foreach (var wire in article.Wire)
            {
                var mention = Lead.Mention(context, article, wire);
                var evidence = mention ?? Lead.Of(article);
                if (evidence is null)
                {
                    continue;
                }
                var key = QuoteAttribution.Key(evidence) + "|wire:" + wire;
                // Every agency the article names anywhere could be read as one of its sources.
                var distractors = SourceNames.Distractors(context, wire, article.Wire, context.SourceText(article), key, agenciesOnly: true);
                var where = mention is null ? context.Texts.CreditLine : context.Ref(mention);
                yield return new Candidate
                {
                    Kind = Kind,
                    Key = key,
                    Prompt = ItemTexts.Format(context.Texts.WhichAgencyPrompt, article.Label.Value),
                    Choices = [new(wire, true), .. distractors.Select(d => new Choice(d, false))],
                    Answer = wire,
                    Evidence = [evidence],
                    Explanation = ItemTexts.Format(context.Texts.WhichAgencyExplanation, article.Label.Value, wire, where),
                    Difficulty = mention is null ? 1 : 2,
                    Tags = [wire.ToLowerInvariant()],
                    Support = new Support(evidence.Excerpt + "\n" + context.Metadata(article), [[wire]]),
                    DistractorForms = [.. distractors.Select(d => (ImmutableArray<string>)[d])],
                };
            }
        }
    }
}
