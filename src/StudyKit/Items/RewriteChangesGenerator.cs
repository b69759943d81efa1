using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// What did the rewrite leave out? One sentence of the source with no counterpart in the rewrite (preferring
/// quotes and numbers, which matter most to a reader) against sentences the rewrite kept.
/// </summary>
internal sealed class RewriteChangesGenerator : IItemGenerator
{
    private const int PerReuse = 2;
    /// <summary>Short enough that every option is cut, so that length never marks the key.</summary>
    private const int ChoiceWords = 12;
    private const int MinimumWords = 8;

    public ItemKind Kind => ItemKind.RewriteChanges;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var reuse in Rewrites.All(context))
        {
            var kept = reuse.Pairs.Select(p => p.Source).Where(e => TextNormal.WordCount(e.Excerpt) >= MinimumWords)
                .DistinctBy(e => e.Span).ToList();
            var leftOut = Rewrites.LeftOut(context, reuse).Where(e => TextNormal.WordCount(e.Excerpt) >= MinimumWords)
                .OrderBy(e => Weight(e.Excerpt))
                .ThenBy(e => e.Span.Start)
                .Take(PerReuse);
            foreach (var missing in leftOut)
            {
                yield return Build(context, reuse, missing, kept);
            }
        }
    }

    /// <summary>Quotes and numbers first: their loss changes what a reader learns.</summary>
    private static int Weight(string sentence) =>
        (sentence.IndexOfAny(['“', '"']) >= 0 ? 0 : 2) + (sentence.Any(char.IsDigit) ? 0 : 1) + (Dangling(sentence) ? 4 : 0);

    /// <summary>"She said …", "Dia mengatakan …": readable only beside the sentence before it.</summary>
    private static bool Dangling(string sentence)
    {
        var padded = " " + TextNormal.Normalize(sentence) + " ";
        return ItemTexts.Id.DanglingOpeners.Concat(ItemTexts.En.DanglingOpeners).Any(o => padded.StartsWith(" " + o + " ", StringComparison.Ordinal));
    }

    private Candidate Build(GenerationContext context, Reuse reuse, Evidence missing, IReadOnlyList<Evidence> kept)
    {
        var key = reuse.Article + "<" + reuse.Source + "|" + QuoteAttribution.Key(missing);
        var distractors = kept.OrderBy(e => Dangling(e.Excerpt) ? 1 : 0)
            .ThenBy(e => GenerationContext.Shuffle(key, QuoteAttribution.Key(e)), StringComparer.Ordinal).Take(3)
            .OrderBy(e => e.Span.Start).ToList();
        var article = context.Article(reuse.Article).Label.Value;
        var source = context.Article(reuse.Source).Label.Value;
        var answer = Option(missing);
        var leftOutText = string.Join("\n", reuse.LeftOut.Select(e => e.Excerpt));
        return new Candidate
        {
            Kind = Kind,
            Key = key,
            Prompt = ItemTexts.Format(context.Texts.RewriteChangesPrompt, article, source),
            Choices = [new(answer, true), .. distractors.Select(d => new Choice(Option(d), false))],
            Answer = answer,
            // Only the left-out sentence: the kept ones are the distractors, and evidence never shows a distractor.
            Evidence = [missing],
            Explanation = ItemTexts.Format(context.Texts.RewriteChangesExplanation, context.Ref(missing), article),
            Difficulty = 3,
            Support = new Support(leftOutText, [[answer]]),
            DistractorForms = [.. distractors.Select(d => (ImmutableArray<string>)[Option(d)])],
            ArticlesNeeded = 2,
        };
    }

    /// <summary>The opening words of a sentence, without a lone closing mark the splitter left before it (as before "Carol Walker, …").</summary>
    private static string Option(Evidence evidence)
    {
        var text = evidence.Excerpt.TrimStart();
        if (text.Length > 1 && text[0] is '"' or '”' && char.IsWhiteSpace(text[1]))
        {
            text = text[1..].TrimStart();
        }
        return TextNormal.Shorten(text, ChoiceWords);
    }
}
