using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>Study card: a sentence with a number, date or name blanked on the front; the answer on the back.</summary>
internal sealed class FactCardGenerator : IItemGenerator
{
    private const int EntitiesPerArticle = 1;

    public ItemKind Kind => ItemKind.FactCard;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var fact in FactClozeGenerator.Selected(context.Findings.Facts, EntitiesPerArticle))
        {
            if (FactChoices.Stem(fact) is not { } stem)
            {
                continue;
            }
            var answer = fact.Answer.Excerpt.Trim();
            yield return new Candidate
            {
                Kind = Kind,
                Key = QuoteAttribution.Key(fact.Answer) + "|" + fact.Kind,
                Prompt = stem,
                Answer = answer,
                Evidence = [fact.Evidence],
                Explanation = ItemTexts.Format(context.Texts.CardSource, context.Ref(fact.Evidence)),
                Difficulty = 1,
                Tags = [fact.Kind.ToString().ToLowerInvariant()],
                AnswerName = fact.Kind == FactKind.Entity ? (answer, fact.EntityKind ?? EntityKind.Organisation) : null,
                Support = new Support(fact.Evidence.Excerpt, [[answer]]),
                BlankForms = FactChoices.AnswerForms(context, fact),
                Sentence = stem,
            };
        }
    }
}
