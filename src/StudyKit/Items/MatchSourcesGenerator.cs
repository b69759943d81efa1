using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Matching: articles to their outlets; articles to the one agency each credits; and, when several articles
/// share one agency, every named source of the corpus: the agency an article credits as a whole and the
/// outlet or agency a quote or claim is credited to ("dilansir The Guardian", "seperti dikutip Tass").
/// Each needs three rows with different names; an article whose title already names its source is left
/// out. A group too small for a matching is still proposed, so that the bank records why it is missing.
/// </summary>
internal sealed class MatchSourcesGenerator : IItemGenerator
{
    private const int TitleWords = 8;
    private const int QuoteWords = 8;

    /// <summary>One row; <paramref name="Whole"/> when the name is credited for the whole article.</summary>
    private sealed record Row(string Left, string Name, Evidence? Evidence, string Metadata, bool Whole = true);

    public ItemKind Kind => ItemKind.MatchSources;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        var texts = context.Texts;
        var outlets = context.Articles.Where(a => a.Outlet is { Length: > 1 })
            .Select(a => ArticleRow(context, a, a.Outlet!, TitleLeft(context, a)));
        var agencies = context.Articles.Where(a => a.Wire.Length == 1)
            .Select(a => ArticleRow(context, a, a.Wire[0], TitleLeft(context, a)));
        foreach (var (rows, prompt, tag) in new[] { (outlets, texts.MatchOutletsPrompt, "outlet"), (agencies, texts.MatchAgenciesPrompt, "agency") })
        {
            var fair = Fair(rows, unique: true);
            if (fair.Count is > 0 and < MatchGroups.Min)
            {
                yield return Build(context, fair, prompt, texts.MatchSourcesExplanation, tag);
            }
            foreach (var group in MatchGroups.Split(fair))
            {
                yield return Build(context, group, prompt, texts.MatchSourcesExplanation, tag);
            }
        }
        // Besides whole articles, quotes and claims name their sources: one row per name, so that one agency
        // behind several articles (no agency matching then) still gives a matching with the quotes' sources.
        var sources = Fair(agencies.Concat(Credited(context)), unique: false);
        if (sources.Count >= MatchGroups.Min && sources.Any(r => !r.Whole))
        {
            foreach (var group in MatchGroups.Split(sources))
            {
                yield return Build(context, group, texts.MatchCreditedPrompt, texts.MatchCreditedExplanation, "credited");
            }
        }
    }

    /// <summary>Rows whose left side does not name the answer, by label; one per name (with <paramref name="unique"/>,
    /// a name held by two rows is left out altogether, since either row would fit it).</summary>
    private static List<Row> Fair(IEnumerable<Row> rows, bool unique)
    {
        var candidates = rows.Where(r => !TextNormal.ContainsPhrase(r.Left, r.Name))
            .GroupBy(r => TextNormal.Normalize(r.Name))
            .Where(g => !unique || g.Count() == 1)
            .Select(g => g.First())
            .ToList();
        // "BBC" beside "BBC News": either name fits either row, so only the first of such names is kept.
        var kept = new List<Row>();
        foreach (var row in candidates)
        {
            if (kept.All(k => !GenerationContext.Overlapping(TextNormal.Normalize(k.Name), TextNormal.Normalize(row.Name))
                && !TextNormal.ContainsPhrase(row.Name, k.Name) && !TextNormal.ContainsPhrase(k.Name, row.Name)))
            {
                kept.Add(row);
            }
        }
        return [.. kept.OrderBy(r => r.Left, StringComparer.Ordinal)];
    }

    private static Row ArticleRow(GenerationContext context, Article article, string name, string left) =>
        new(left, name, Lead.Mention(context, article, name) ?? Lead.Of(article), context.Metadata(article));

    private static string TitleLeft(GenerationContext context, Article article) =>
        ItemTexts.Format(context.Texts.ArticleLabel, article.Label.Value)
        + (article.Title is { Length: > 0 } title ? ": “" + TextNormal.Shorten(title, TitleWords) + "”" : string.Empty);

    /// <summary>Quotes and claims that the article credits to an outlet or agency, with a known speaker.</summary>
    private static IEnumerable<Row> Credited(GenerationContext context)
    {
        var texts = context.Texts;
        foreach (var quote in context.Findings.Quotes.Where(q => q.Via is { Length: > 1 } && q.Speaker is not null && !q.Partial))
        {
            var left = ItemTexts.Format(texts.MatchCreditedQuote, quote.Speaker!.Name, quote.Evidence.Label.Value,
                QuoteAttribution.Show(TextNormal.Shorten(quote.Text, QuoteWords)));
            yield return new Row(left, quote.Via!, context.Around(quote.Evidence), string.Empty, Whole: false);
        }
        foreach (var claim in context.Findings.Claims.Where(c => c.Via is { Length: > 1 } && c.Speaker is not null))
        {
            if (ClaimClause.Of(claim) is not { } clause)
            {
                continue;
            }
            var left = ItemTexts.Format(texts.MatchCreditedClaim, claim.Speaker!.Name, claim.Evidence.Label.Value,
                TextNormal.Shorten(clause, QuoteWords));
            yield return new Row(left, claim.Via!, context.Around(claim.Evidence), string.Empty, Whole: false);
        }
    }

    private Candidate Build(GenerationContext context, IReadOnlyList<Row> rows, string prompt, string explanation, string tag)
    {
        var evidence = rows.Select(r => r.Evidence).OfType<Evidence>().ToImmutableArray();
        var pairs = rows.Select(r => new MatchPair(r.Left, r.Name)).ToImmutableArray();
        return new Candidate
        {
            Kind = Kind,
            Key = tag + "|" + string.Join(",", rows.Select(r => (r.Evidence is { } e ? QuoteAttribution.Key(e) : r.Left) + "=" + r.Name)),
            Prompt = prompt,
            Pairs = pairs,
            Answer = string.Join("; ", pairs.Select(p => p.Left.Split(':')[0] + " — " + p.Right)),
            Evidence = evidence,
            Explanation = explanation,
            Difficulty = tag == "credited" ? 2 : 1,
            Tags = [tag],
            Support = new Support(QuoteAttribution.Text(evidence) + "\n" + string.Join("\n", rows.Select(r => r.Metadata)),
                [.. rows.Select(r => (ImmutableArray<string>)[r.Name])]),
            BlankForms = [.. rows.Select(r => r.Name)],
            ArticlesNeeded = tag == "credited" ? 1 : 3,
        };
    }
}
