using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>Reuse records where one article rewrites or copies another, and the articles they tie together.</summary>
internal static class Rewrites
{
    /// <summary>Rewrites and copies, in findings order.</summary>
    public static IEnumerable<Reuse> All(GenerationContext context) =>
        context.Findings.Reuse.Where(r => r.Relation is ReuseRelation.Rewrite or ReuseRelation.Copy && r.Article != r.Source);

    /// <summary>
    /// The source sentences the rewrite really leaves out: besides having no aligned sentence, under 40%
    /// of their content words (five letters or more) appear anywhere in the rewrite, so a paraphrase of a
    /// quote ("Kekhawatiran juga diungkapkan oleh Stoltenberg …") does not count as left out.
    /// </summary>
    public static IEnumerable<Evidence> LeftOut(GenerationContext context, Reuse reuse)
    {
        var rewrite = TextNormal.Words(context.Article(reuse.Article).Text).ToHashSet(StringComparer.Ordinal);
        return reuse.LeftOut.Where(e =>
        {
            var words = TextNormal.Words(e.Excerpt).Where(w => w.Length >= 5).Distinct(StringComparer.Ordinal).ToList();
            return words.Count > 0 && words.Count(rewrite.Contains) * 5 < words.Count * 2;
        });
    }

    /// <summary>Every ordered pair of articles that the findings tie by any reuse (copy, rewrite, shared wire),
    /// both ways round. Built once per generator run: asking the findings pair by pair made 200 articles take
    /// most of a minute (articles × rewrites × reuse records).</summary>
    public static HashSet<(ArticleId, ArticleId)> RelatedPairs(GenerationContext context) =>
        [.. context.Findings.Reuse.Where(r => r.Relation != ReuseRelation.Independent)
            .SelectMany(r => new[] { (r.Article, r.Source), (r.Source, r.Article) })];
}
