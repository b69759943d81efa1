using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Reuse between articles (copy, rewrite, shared wire) and links between quotes of one statement.
/// Candidate pairs come from an inverted index of narrative 5-grams and anchor bigrams, so an archive of
/// thousands of articles costs what its text costs, not what its pairs cost; only candidates are scored.
/// </summary>
internal static class ReuseDetector
{
    /// <summary>Fewest shared 5-grams (or anchor bigrams) that make two articles a candidate pair.</summary>
    private const int MinSharedShingles = 2;

    /// <summary>Anchor-sequence LCS ratio from which two articles follow the same (wire) story.</summary>
    private const double SameStoryAnchors = 0.5;

    /// <summary>Anchor-sequence LCS ratio from which two articles crediting one agency report the same event.</summary>
    private const double SameEventAnchors = 0.25;

    /// <summary>Fewest anchors an article needs before its anchor sequence says anything.</summary>
    private const int MinAnchors = 10;

    /// <summary>What the detector found: the non-independent pairs and the quote links.</summary>
    public sealed record Result(ImmutableArray<Reuse> Reuse, ImmutableArray<QuoteLink> Links);

    /// <summary>Reuse in <paramref name="corpus"/>, scoring narrative only (the spans of <paramref name="quotes"/>
    /// and any text between quote marks removed). Sorted by article, then source.</summary>
    public static Result Detect(Corpus corpus, ImmutableArray<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var byArticle = (quotes.IsDefault ? [] : quotes).ToLookup(q => q.Evidence.Article);
        var profiles = corpus.Articles.Select(a => NarrativeProfile.Of(a, byArticle[a.Id].Select(q => q.Evidence.Span))).ToList();
        var reuse = new List<Reuse>();
        foreach (var (first, second) in CandidatePairs(profiles))
        {
            if (Judge(profiles[first], profiles[second]) is { } found)
            {
                reuse.Add(found);
            }
        }
        var sorted = reuse.OrderBy(r => r.Article.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Source.Value, StringComparer.Ordinal).ToImmutableArray();
        return new Result(sorted, QuoteLinker.Link(quotes.IsDefault ? [] : quotes));
    }

    /// <summary>Pairs of profile indexes (first &lt; second) that share narrative 5-grams or anchor bigrams.</summary>
    internal static SortedSet<(int, int)> CandidatePairs(IReadOnlyList<NarrativeProfile> profiles)
    {
        var words = new ShingleIndex(ShingleIndex.DefaultCap(profiles.Count));
        var anchors = new ShingleIndex(ShingleIndex.DefaultCap(profiles.Count));
        for (var i = 0; i < profiles.Count; i++)
        {
            words.Add(i, profiles[i].FiveGrams);
            anchors.Add(i, Shingles.WordGrams(profiles[i].Anchors, 2));
        }
        var pairs = new SortedSet<(int, int)>(words.Pairs(MinSharedShingles).Select(p => (p.First, p.Second)));
        pairs.UnionWith(anchors.Pairs(MinSharedShingles + 1).Select(p => (p.First, p.Second)));
        return pairs;
    }

    /// <summary>The reuse between two articles, or null when they are independent.</summary>
    internal static Reuse? Judge(NarrativeProfile a, NarrativeProfile b)
    {
        var (alignAb, alignBa) = SentenceAligner.Both(a, b);
        var ab = Signals(a, b, alignAb);
        var ba = Signals(b, a, alignBa);
        var relation = Math.Max(ab.Containment, ba.Containment) < PairSignals.Independent
            ? ReuseRelation.Independent
            : (ReuseRelation)Math.Max((int)ab.Relation, (int)ba.Relation);
        var wire = SharedWire(a, b);
        if (relation == ReuseRelation.Independent)
        {
            if (wire.IsEmpty)
            {
                return null;
            }
            relation = ReuseRelation.SharedWire;
        }
        var aDerived = ReuseDirection.FirstIsDerived(a, b, ab, ba);
        var (article, source, forward, backward) = aDerived ? (a, b, alignAb, alignBa) : (b, a, alignBa, alignAb);
        var matched = backward.Select(x => x.Index).ToHashSet();
        return new Reuse
        {
            Article = article.Article.Id,
            Source = source.Article.Id,
            Containment = Shingles.Containment(article.FiveGrams, source.FiveGrams),
            SourceContainment = Shingles.Containment(source.FiveGrams, article.FiveGrams),
            Relation = relation,
            SharedWire = wire,
            Pairs = forward.Select(x => new AlignedPair(
                Evidence.Of(article.Article, article.Sentences[x.Index].Sentence.Span),
                Evidence.Of(source.Article, source.Sentences[x.Counterpart].Sentence.Span),
                Math.Round(x.Similarity, 4),
                x.Similarity >= SentenceAligner.Verbatim)).ToImmutableArray(),
            LeftOut = Enumerable.Range(0, source.Sentences.Length).Where(i => !matched.Contains(i))
                .Select(i => Evidence.Of(source.Article, source.Sentences[i].Sentence.Span)).ToImmutableArray(),
        };
    }

    /// <summary>Agencies both articles credit when they tell one story (anchor LCS ≥ 0.25: two AFP stories on
    /// different events share nothing else); failing that, when their anchor sequences follow each other
    /// closely (LCS ≥ 0.5) and one of them credits agencies, those agencies. Independent reports of one press
    /// conference also name the same people in the same order, so anchors alone never make a shared wire.</summary>
    internal static ImmutableArray<string> SharedWire(NarrativeProfile a, NarrativeProfile b)
    {
        var both = a.Article.Wire.Intersect(b.Article.Wire, StringComparer.Ordinal).ToList();
        var credited = a.Article.Wire.Union(b.Article.Wire, StringComparer.Ordinal).ToList();
        var ratio = credited.Count == 0 ? 0 : AnchorRatio(a, b);
        var shared = both.Count > 0 && ratio >= SameEventAnchors ? both : ratio >= SameStoryAnchors ? credited : [];
        return shared.Order(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The signals of <paramref name="a"/> towards <paramref name="b"/>.</summary>
    internal static PairSignals Signals(NarrativeProfile a, NarrativeProfile b, List<Alignment> alignment)
    {
        var scored = Enumerable.Range(0, a.Sentences.Length)
            .Where(i => a.Sentences[i].NarrativeWords >= NarrativeProfile.MinNarrativeWords).ToList();
        var byIndex = alignment.ToDictionary(x => x.Index, x => x.Similarity);
        var aligned = scored.Count(byIndex.ContainsKey);
        var verbatim = scored.Count(i => byIndex.TryGetValue(i, out var s) && s >= SentenceAligner.Verbatim);
        var stopShared = a.StopGrams.Count(b.StopGrams.Contains);
        return new PairSignals(
            Shingles.Containment(a.FiveGrams, b.FiveGrams),
            scored.Count == 0 ? 0 : (double)aligned / scored.Count,
            scored.Count == 0 ? 0 : (double)verbatim / scored.Count,
            a.StopGrams.Count == 0 ? 0 : (double)stopShared / a.StopGrams.Count,
            stopShared,
            scored.Count > 0 && byIndex.ContainsKey(scored[0]),
            UniquePosition(scored, byIndex));
    }

    private static double? UniquePosition(List<int> scored, Dictionary<int, double> aligned)
    {
        var unique = Enumerable.Range(0, scored.Count).Where(k => !aligned.ContainsKey(scored[k])).ToList();
        return unique.Count == 0 || scored.Count < 2 ? null : unique.Average(k => (double)k / (scored.Count - 1));
    }

    /// <summary>LCS of the two anchor sequences (each anchor at its first mention only, so that a name repeated
    /// throughout does not inflate the match) over the shorter; 0 when either has fewer than 10 anchors.</summary>
    internal static double AnchorRatio(NarrativeProfile a, NarrativeProfile b)
    {
        var x = a.Anchors.Distinct(StringComparer.Ordinal).ToImmutableArray();
        var y = b.Anchors.Distinct(StringComparer.Ordinal).ToImmutableArray();
        return Math.Min(x.Length, y.Length) < MinAnchors ? 0 : (double)Lcs(x, y) / Math.Min(x.Length, y.Length);
    }

    private static int Lcs(ImmutableArray<string> x, ImmutableArray<string> y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = string.Equals(x[i - 1], y[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return previous[y.Length];
    }
}
