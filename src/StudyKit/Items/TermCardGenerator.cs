namespace StudyKit.Items;

/// <summary>Study card: an acronym on the front, its expansion as the article writes it on the back.</summary>
internal sealed class TermCardGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.TermCard;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var term in context.Findings.Terms.DistinctBy(t => TextNormal.Normalize(t.Acronym)))
        {
            yield return new Candidate
            {
                Kind = Kind,
                Key = QuoteAttribution.Key(term.Evidence) + "|" + term.Acronym,
                Prompt = term.Acronym.Trim(),
                Answer = term.Expansion.Trim(),
                Evidence = [term.Evidence],
                Explanation = ItemTexts.Format(context.Texts.TermCardExplanation, context.Ref(term.Evidence)),
                Difficulty = 1,
                Tags = ["term"],
                Support = new Support(term.Evidence.Excerpt, [[term.Acronym], [term.Expansion]]),
            };
        }
    }
}
