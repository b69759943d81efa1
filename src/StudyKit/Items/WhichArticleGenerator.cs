using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Which article published this sentence or quote? Only for passages found in exactly one article (no
/// run of six words appears in another); the choices are article labels with their outlet or title.
/// </summary>
internal sealed class WhichArticleGenerator : IItemGenerator
{
    private const int PerArticle = 3;
    private const int MinimumWords = 8;

    public ItemKind Kind => ItemKind.WhichArticle;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        var quoteArticles = context.Findings.Quotes.ToDictionary(q => q.Id, q => q.Evidence.Article);
        foreach (var article in context.Articles)
        {
            // Shuffled first, then checked against the other articles only until enough are found: the check
            // reads every other article, the shuffle key is one hash.
            var passages = Passages(context, article)
                .Where(p => TextNormal.WordCount(p.Text) >= MinimumWords)
                .OrderBy(p => GenerationContext.Shuffle("which-article", QuoteAttribution.Key(p.Evidence)), StringComparer.Ordinal)
                .Where(p => !CarriedElsewhere(context, article, p.Text))
                .Take(PerArticle)
                .OrderBy(p => p.Evidence.Span.Start);
            foreach (var passage in passages)
            {
                yield return Build(context, quoteArticles, article, passage);
            }
        }
    }

    /// <summary>True when an article other than <paramref name="article"/> carries <paramref name="passage"/>.</summary>
    private static bool CarriedElsewhere(GenerationContext context, Article article, string passage)
    {
        var runs = TextNormal.WordRuns.Of(passage, GenerationContext.RunWords);
        return context.Articles.Any(o => o.Id != article.Id && context.Carries(o, runs));
    }

    private static IEnumerable<(Evidence Evidence, string Text, bool IsQuote)> Passages(GenerationContext context, Article article) =>
        QuoteAttribution.Attributed(context).Where(q => q.Evidence.Article == article.Id).Select(q => (q.Evidence, q.Text, true))
            .Concat(context.Findings.Facts.Where(f => f.Evidence.Article == article.Id && f.Kind != FactKind.Entity)
                .Select(f => (f.Evidence, f.Evidence.Excerpt, false)))
            .DistinctBy(p => p.Evidence.Span);

    /// <summary>Articles holding a quote linked to the one at <paramref name="evidence"/>, given each quote's article by id.</summary>
    private static HashSet<ArticleId> Linked(GenerationContext context, Dictionary<QuoteId, ArticleId> quoteArticles, Evidence evidence)
    {
        var quote = context.Findings.Quotes.FirstOrDefault(q => q.Evidence.Span == evidence.Span && q.Evidence.Article == evidence.Article);
        return quote is null
            ? []
            : [.. context.Findings.QuoteLinks.Where(l => l.Quotes.Contains(quote.Id)).SelectMany(l => l.Quotes)
                .Where(quoteArticles.ContainsKey).Select(id => quoteArticles[id])];
    }

    private Candidate Build(GenerationContext context, Dictionary<QuoteId, ArticleId> quoteArticles, Article article,
        (Evidence Evidence, string Text, bool IsQuote) passage)
    {
        var key = QuoteAttribution.Key(passage.Evidence);
        // An article in another language, or one carrying the same statement in other words, would make
        // the question unfair (too easy or ambiguous).
        var linked = Linked(context, quoteArticles, passage.Evidence);
        var others = context.Articles.Where(a => a.Id != article.Id && a.Language == article.Language && !linked.Contains(a.Id))
            .OrderBy(a => GenerationContext.Shuffle(key, a.Id.Value), StringComparer.Ordinal).Take(3)
            .OrderBy(a => a.Label.Value, StringComparer.Ordinal).ToList();
        var evidence = passage.IsQuote ? context.Around(passage.Evidence) : passage.Evidence;
        var answer = context.ArticleChoice(article);
        return new Candidate
        {
            Kind = Kind,
            Key = key,
            Prompt = passage.IsQuote ? context.Texts.WhichArticleQuotePrompt : context.Texts.WhichArticleSentencePrompt,
            Stimulus = passage.IsQuote ? QuoteAttribution.Show(passage.Text) : Dateline.Strip(passage.Text.Trim()),
            Choices = [new(answer, true), .. others.Select(o => new Choice(context.ArticleChoice(o), false))],
            Answer = answer,
            Evidence = [evidence],
            Explanation = ItemTexts.Format(context.Texts.WhichArticleExplanation, context.Ref(evidence)),
            Difficulty = 3,
            Support = new Support(evidence.Excerpt + "\n" + context.Metadata(article), [[answer]]),
            DistractorForms = [.. others.Select(o => (ImmutableArray<string>)[context.ArticleChoice(o)])],
            BlankForms = article.Outlet is { Length: > 1 } outlet ? [outlet] : [],
            Sentence = passage.IsQuote ? null : Dateline.Strip(passage.Text.Trim()),
            Quote = passage.IsQuote ? passage.Text : null,
            ArticlesNeeded = 2,
        };
    }
}
