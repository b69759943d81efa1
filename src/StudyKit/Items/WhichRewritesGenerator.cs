using System.Collections.Immutable;
using System.Globalization;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>Which article does this one rewrite? From reuse findings of relation Rewrite or Copy.</summary>
internal sealed class WhichRewritesGenerator : IItemGenerator
{
    private const double CopyShare = 0.5;

    public ItemKind Kind => ItemKind.WhichRewrites;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        var related = Rewrites.RelatedPairs(context);
        foreach (var reuse in Rewrites.All(context))
        {
            var article = context.Article(reuse.Article);
            var source = context.Article(reuse.Source);
            var pairs = reuse.Pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.Article.Span.Start).Take(2)
                .OrderBy(p => p.Article.Span.Start).ToList();
            if (pairs.Count == 0)
            {
                continue;
            }
            var key = reuse.Article + "<" + reuse.Source;
            // An article tied to the rewrite in any way (shared wire copy too) is no fair distractor.
            var others = context.Articles
                .Where(a => a.Id != article.Id && a.Id != source.Id && !related.Contains((a.Id, article.Id)))
                .OrderBy(a => GenerationContext.Shuffle(key, a.Id.Value), StringComparer.Ordinal).Take(3)
                .OrderBy(a => a.Label.Value, StringComparer.Ordinal).ToList();
            var evidence = pairs.SelectMany(p => new[] { p.Article, p.Source }).ToImmutableArray();
            var answer = context.ArticleChoice(source);
            var percent = Math.Round(reuse.Containment * 100).ToString("0", CultureInfo.InvariantCulture);
            yield return new Candidate
            {
                Kind = Kind,
                Key = key,
                Prompt = ItemTexts.Format(context.Texts.WhichRewritesPrompt, article.Label.Value),
                Choices = [new(answer, true), .. others.Select(o => new Choice(context.ArticleChoice(o), false))],
                Answer = answer,
                Evidence = evidence,
                // A close copy is told by its share of shared wording; a paraphrase shares few exact word runs
                // ("15%" would understate it), so it is told by its sentences that follow the source one by one.
                Explanation = reuse.Relation == ReuseRelation.Copy || reuse.Containment >= CopyShare
                    ? ItemTexts.Format(context.Texts.WhichRewritesExplanation, article.Label.Value, source.Label.Value,
                        percent, context.Ref(pairs[0].Article) + " ~ " + context.Ref(pairs[0].Source))
                    : ItemTexts.Format(context.Texts.WhichRewritesParaphrase, article.Label.Value, source.Label.Value,
                        reuse.Pairs.Select(p => p.Article.Span.Start).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                        context.Ref(pairs[0].Article) + " ~ " + context.Ref(pairs[0].Source)),
                Difficulty = 3,
                Support = new Support(QuoteAttribution.Text(evidence) + "\n" + context.Metadata(source), [[answer]]),
                DistractorForms = [.. others.Select(o => (ImmutableArray<string>)[context.ArticleChoice(o)])],
                ArticlesNeeded = 2,
            };
        }
    }
}
