using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>Reuse records where one article rewrites or copies another, and the articles they tie together.</summary>
internal static class Rewrites
{
    /// <summary>Rewrites and copies, in findings order.</summary>
    public static IEnumerable<Reuse> All(GenerationContext context) =>
        context.Findings.Reuse.Where(r => r.Relation is ReuseRelation.Rewrite or ReuseRelation.Copy && r.Article != r.Source);

    /// <summary>True when the findings tie <paramref name="a"/> and <paramref name="b"/> by any reuse (copy, rewrite, shared wire).</summary>
    public static bool Related(GenerationContext context, ArticleId a, ArticleId b) =>
        context.Findings.Reuse.Any(r => r.Relation != ReuseRelation.Independent
            && ((r.Article == a && r.Source == b) || (r.Article == b && r.Source == a)));
}
