using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>Fact cloze: a number, date or name blanked in its sentence as "____", with distractors of its kind.</summary>
internal sealed class FactClozeGenerator : IItemGenerator
{
    /// <summary>Named entities are plentiful and the least interesting blanks, so each article gives a few.</summary>
    private const int EntitiesPerArticle = 3;

    public ItemKind Kind => ItemKind.FactCloze;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var fact in Selected(context.Findings.Facts, EntitiesPerArticle))
        {
            var stem = FactChoices.Stem(fact);
            if (stem is null)
            {
                continue;
            }
            var answer = fact.Answer.Excerpt.Trim();
            var key = QuoteAttribution.Key(fact.Answer) + "|" + fact.Kind;
            var (distractors, made) = FactChoices.Distractors(context, fact, key);
            yield return new Candidate
            {
                Kind = Kind,
                Key = key,
                Prompt = fact.Kind switch
                {
                    FactKind.Number => context.Texts.FactClozeNumberPrompt,
                    FactKind.Date => context.Texts.FactClozeDatePrompt,
                    FactKind.Entity => context.Texts.FactClozeNamePrompt,
                },
                Stimulus = stem,
                Choices = [new(answer, true), .. distractors.Select(d => new Choice(d, false))],
                Answer = answer,
                Evidence = [fact.Evidence],
                Explanation = ItemTexts.Format(context.Texts.FactClozeExplanation, context.Ref(fact.Evidence), answer),
                Difficulty = fact.Kind == FactKind.Entity ? 1 : made ? 2 : 3,
                Tags = [fact.Kind.ToString().ToLowerInvariant()],
                AnswerName = fact.Kind == FactKind.Entity ? (answer, fact.EntityKind ?? EntityKind.Organisation) : null,
                Support = new Support(fact.Evidence.Excerpt, [[answer]]),
                DistractorForms = [.. distractors.Select(d => (ImmutableArray<string>)[d])],
                BlankForms = FactChoices.AnswerForms(context, fact),
                Sentence = stem,
            };
        }
    }

    /// <summary>Every number and date fact, and the first <paramref name="entities"/> entity facts of each article.</summary>
    internal static IEnumerable<Fact> Selected(ImmutableArray<Fact> facts, int entities) =>
        facts.Where(f => f.Kind != FactKind.Entity)
            .Concat(facts.Where(f => f.Kind == FactKind.Entity).GroupBy(f => f.Evidence.Article)
                .SelectMany(g => g.OrderBy(f => GenerationContext.Shuffle("entity-facts", QuoteAttribution.Key(f.Answer)), StringComparer.Ordinal)
                    .Take(entities)))
            .OrderBy(f => f.Evidence.Article).ThenBy(f => f.Answer.Span.Start);
}
