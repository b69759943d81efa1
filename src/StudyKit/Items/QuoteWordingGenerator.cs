using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// The same statement worded differently by two outlets: why? Indonesian articles quoting a foreign
/// speaker or wire translate it themselves; English outlets edit it. The distractors are plausible but
/// not supported by anything in the articles.
/// </summary>
internal sealed class QuoteWordingGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.QuoteWording;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        var quotes = context.Findings.Quotes.ToDictionary(q => q.Id);
        foreach (var link in context.Findings.QuoteLinks.Where(l => l.Relation == QuoteLinkRelation.Variant))
        {
            var pair = link.Quotes.Where(quotes.ContainsKey).Select(id => quotes[id])
                .DistinctBy(q => q.Evidence.Article).OrderBy(q => q.Evidence.Label.Value, StringComparer.Ordinal).Take(2).ToList();
            if (pair.Count == 2 && TextNormal.Normalize(pair[0].Text) != TextNormal.Normalize(pair[1].Text)
                && TextNormal.SameGist(pair[0].Text, pair[1].Text))
            {
                yield return Build(context, pair[0], pair[1]);
            }
        }
    }

    private Candidate Build(GenerationContext context, Quote first, Quote second)
    {
        var texts = context.Texts;
        var speaker = first.Speaker?.Name ?? second.Speaker?.Name;
        var translated = context.Article(first.Evidence.Article).Language == ArticleLanguage.Id
            || context.Article(second.Evidence.Article).Language == ArticleLanguage.Id;
        var answer = translated ? texts.QuoteWordingTranslated : texts.QuoteWordingEdited;
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
                context.Ref(evidence[0]), context.Ref(evidence[1])),
            Difficulty = 3,
            Tags = [.. new[] { first.Speaker?.Entity.Value, second.Speaker?.Entity.Value }.OfType<string>()],
            // The evidence must hold both wordings: that is what the finding "same statement, other words" rests on.
            Support = new Support(QuoteAttribution.Text(evidence), [[first.Text], [second.Text]]),
            DistractorForms = [.. distractors.Select(d => (ImmutableArray<string>)[d])],
            ArticlesNeeded = 2,
        };
    }
}
