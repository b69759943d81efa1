using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Open prompts with guidance for the teacher: compare two headlines on the same event; what a rewrite
/// leaves out; why an article credits a wire agency. The guidance points at the evidence.
/// </summary>
internal sealed class DiscussionGenerator : IItemGenerator
{
    private const int Headlines = 2;
    private const int LeftOutShown = 3;

    public ItemKind Kind => ItemKind.Discussion;

    public IEnumerable<Candidate> Generate(GenerationContext context) =>
        CompareHeadlines(context).Concat(LeftOut(context)).Concat(WireCredit(context));

    /// <summary>Pairs of articles the findings tie to one event (reuse or a shared quote), with two different headlines.</summary>
    private IEnumerable<Candidate> CompareHeadlines(GenerationContext context)
    {
        var quotes = context.Findings.Quotes.ToDictionary(q => q.Id, q => q.Evidence.Article);
        var linked = context.Findings.QuoteLinks
            .SelectMany(l => l.Quotes.Where(quotes.ContainsKey).Select(q => quotes[q]).Distinct().Order()
                .SelectMany((a, i) => l.Quotes.Where(quotes.ContainsKey).Select(q => quotes[q]).Distinct().Order().Skip(i + 1).Select(b => (a, b))));
        var reused = context.Findings.Reuse.Where(r => r.Relation != ReuseRelation.Independent)
            .Select(r => r.Article.CompareTo(r.Source) < 0 ? (r.Article, r.Source) : (r.Source, r.Article));
        var pairs = reused.Concat(linked).Distinct()
            .Select(p => (A: context.Article(p.Item1), B: context.Article(p.Item2)))
            .Where(p => p.A.Title is { Length: > 0 } && p.B.Title is { Length: > 0 }
                && TextNormal.Normalize(p.A.Title!) != TextNormal.Normalize(p.B.Title!))
            .OrderBy(p => p.A.Label.Value, StringComparer.Ordinal).ThenBy(p => p.B.Label.Value, StringComparer.Ordinal)
            .Take(Headlines);
        foreach (var (a, b) in pairs)
        {
            var evidence = new[] { Lead.Of(a), Lead.Of(b) }.OfType<Evidence>().ToImmutableArray();
            var texts = context.Texts;
            yield return Open(context,
                a.Id + "|" + b.Id + "|headlines",
                ItemTexts.Format(texts.DiscussHeadlinesPrompt, a.Label.Value, b.Label.Value),
                a.Label.Value + ": " + a.Title + "\n" + b.Label.Value + ": " + b.Title,
                ItemTexts.Format(texts.DiscussHeadlinesGuidance, a.Label.Value, OnlyIn(context, a.Title!, b.Title!), b.Label.Value, OnlyIn(context, b.Title!, a.Title!)),
                texts.DiscussHeadlinesExplanation,
                evidence,
                new Support(QuoteAttribution.Text(evidence) + "\n" + context.Metadata(a) + "\n" + context.Metadata(b), [[a.Title!], [b.Title!]]));
        }
    }

    private IEnumerable<Candidate> LeftOut(GenerationContext context)
    {
        foreach (var reuse in Rewrites.All(context))
        {
            var shown = Rewrites.LeftOut(context, reuse).Take(LeftOutShown).ToImmutableArray();
            if (shown.IsEmpty)
            {
                continue;
            }
            var list = string.Join("; ", shown.Select(e => Describe(context, e)));
            var article = context.Article(reuse.Article);
            var source = context.Article(reuse.Source).Label.Value;
            var guidance = ItemTexts.Format(context.Texts.DiscussLeftOutGuidance, list);
            // The sources the original names ("dilansir The Guardian", "seperti dikutip Tass") and the rewrite
            // never mentions: the reader of the rewrite can no longer trace them.
            var dropped = context.Findings.Quotes.Where(q => q.Evidence.Article == reuse.Source).Select(q => q.Via)
                .Concat(context.Findings.Claims.Where(c => c.Evidence.Article == reuse.Source).Select(c => c.Via))
                .OfType<string>().Where(v => v.Length > 1 && !context.Mentions(article, TextNormal.Phrase.Of(v)))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (dropped.Count > 0)
            {
                guidance += " " + ItemTexts.Format(context.Texts.DiscussLeftOutSources, article.Label.Value, source, context.Texts.JoinList(dropped));
            }
            yield return Open(context,
                reuse.Article + "<" + reuse.Source + "|left-out",
                ItemTexts.Format(context.Texts.DiscussLeftOutPrompt, article.Label.Value, source),
                null,
                guidance,
                context.Texts.DiscussLeftOutExplanation,
                shown,
                new Support(QuoteAttribution.Text(shown), [.. shown.Select(e => (ImmutableArray<string>)[TextNormal.Shorten(e.Excerpt, 12)])]));
        }
    }

    /// <summary>A left-out sentence for the teacher: "kutipan James Acton (Artikel A, paragraf 3)" when it carries a
    /// quote, else its opening words in quote marks.</summary>
    private static string Describe(GenerationContext context, Evidence evidence)
    {
        var quote = context.Findings.Quotes.FirstOrDefault(q => q.Speaker is not null && !q.Partial
            && q.Evidence.Article == evidence.Article && q.Evidence.Span.Overlaps(evidence.Span));
        return quote is not null
            ? ItemTexts.Format(context.Texts.DiscussLeftOutQuote, quote.Speaker!.Name, context.Ref(evidence))
            : "“" + TextNormal.Shorten(evidence.Excerpt, 12).TrimEnd('.', ' ') + "” (" + context.Ref(evidence) + ")";
    }

    /// <summary>One prompt per credited agency; articles that share it are compared in one prompt.</summary>
    private IEnumerable<Candidate> WireCredit(GenerationContext context)
    {
        var byWire = context.Articles.Where(a => a.Wire.Length > 0)
            .GroupBy(a => a.Wire[0], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byWire)
        {
            var wire = group.Key;
            var articles = group.OrderBy(a => a.Label.Value, StringComparer.Ordinal).ToList();
            var evidence = articles.Select(a => Lead.Mention(context, a, wire) ?? Lead.Of(a)).OfType<Evidence>().ToImmutableArray();
            if (evidence.IsEmpty)
            {
                continue;
            }
            var labels = context.Texts.JoinList([.. articles.Select(a => a.Label.Value)]);
            var shared = articles.Count > 1;
            yield return Open(context,
                string.Join(",", articles.Select(a => a.Id.Value)) + "|wire:" + wire,
                ItemTexts.Format(shared ? context.Texts.DiscussWireSharedPrompt : context.Texts.DiscussWirePrompt, labels, wire),
                null,
                ItemTexts.Format(shared ? context.Texts.DiscussWireSharedGuidance : context.Texts.DiscussWireGuidance, wire, labels),
                context.Texts.DiscussWireExplanation,
                evidence,
                new Support(QuoteAttribution.Text(evidence) + "\n" + string.Join("\n", articles.Select(context.Metadata)), [[wire]]));
        }
    }

    /// <summary>
    /// The words of <paramref name="title"/> that <paramref name="other"/> lacks, leaving out short words
    /// and pieces of names ("Jong" where the other headline writes only "Kim"): the word choices to discuss.
    /// </summary>
    private static string OnlyIn(GenerationContext context, string title, string other)
    {
        var names = context.Findings.Entities.SelectMany(e => e.Aliases.Append(e.Name)).SelectMany(TextNormal.Words);
        var theirs = TextNormal.Words(other).Concat(names).ToHashSet(StringComparer.Ordinal);
        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ':', ';', '!', '?', '"', '“', '”', '\'', '(', ')'))
            .Where(w => w.Length >= 4 && TextNormal.Words(w) is { Length: > 0 } n && n.All(x => !theirs.Contains(x) && !ReuseVocabulary.AllStopwords.Contains(x)))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToList();
        return words.Count == 0 ? context.Texts.NoOtherWords : "“" + string.Join("”, “", words) + "”";
    }

    private Candidate Open(GenerationContext context, string key, string prompt, string? stimulus, string guidance,
        string explanation, ImmutableArray<Evidence> evidence, Support support) => new()
    {
        Kind = Kind,
        Key = key,
        Prompt = prompt,
        Stimulus = stimulus,
        Answer = guidance,
        Evidence = evidence,
        Explanation = explanation,
        Difficulty = 3,
        Support = support,
        ArticlesNeeded = key.Contains("|wire:", StringComparison.Ordinal) ? 1 : 2,
    };
}
