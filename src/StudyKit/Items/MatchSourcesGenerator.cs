using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Matching: articles to their outlets, and articles to the one agency each credits. Needs three articles
/// with different names; an article whose title already names its outlet or agency is left out.
/// </summary>
internal sealed class MatchSourcesGenerator : IItemGenerator
{
    private const int TitleWords = 8;

    public ItemKind Kind => ItemKind.MatchSources;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        var outlets = context.Articles.Where(a => a.Outlet is { Length: > 1 }).Select(a => (Article: a, Name: a.Outlet!));
        var agencies = context.Articles.Where(a => a.Wire.Length == 1).Select(a => (Article: a, Name: a.Wire[0]));
        foreach (var (rows, prompt, tag) in new[] { (outlets, context.Texts.MatchOutletsPrompt, "outlet"), (agencies, context.Texts.MatchAgenciesPrompt, "agency") })
        {
            var fair = rows.Where(r => !TextNormal.ContainsPhrase(Left(context, r.Article), r.Name))
                .GroupBy(r => TextNormal.Normalize(r.Name)).Where(g => g.Count() == 1).Select(g => g.First())
                .OrderBy(r => r.Article.Label.Value, StringComparer.Ordinal).ToList();
            foreach (var group in MatchGroups.Split(fair))
            {
                yield return Build(context, group, prompt, tag);
            }
        }
    }

    private static string Left(GenerationContext context, Article article) =>
        ItemTexts.Format(context.Texts.ArticleLabel, article.Label.Value)
        + (article.Title is { Length: > 0 } title ? ": “" + TextNormal.Shorten(title, TitleWords) + "”" : string.Empty);

    private Candidate Build(GenerationContext context, IReadOnlyList<(Article Article, string Name)> rows, string prompt, string tag)
    {
        var evidence = rows.Select(r => Lead.Mention(context, r.Article, r.Name) ?? Lead.Of(r.Article)).OfType<Extraction.Evidence>().ToImmutableArray();
        var pairs = rows.Select(r => new MatchPair(Left(context, r.Article), r.Name)).ToImmutableArray();
        return new Candidate
        {
            Kind = Kind,
            Key = tag + "|" + string.Join(",", rows.Select(r => r.Article.Id.Value + "=" + r.Name)),
            Prompt = prompt,
            Pairs = pairs,
            Answer = string.Join("; ", pairs.Select(p => p.Left.Split(':')[0] + " — " + p.Right)),
            Evidence = evidence,
            Explanation = context.Texts.MatchSourcesExplanation,
            Difficulty = 1,
            Tags = [tag],
            Support = new Support(QuoteAttribution.Text(evidence) + "\n" + string.Join("\n", rows.Select(r => context.Metadata(r.Article))),
                [.. rows.Select(r => (ImmutableArray<string>)[r.Name])]),
            BlankForms = [.. rows.Select(r => r.Name)],
            ArticlesNeeded = 3,
        };
    }
}
