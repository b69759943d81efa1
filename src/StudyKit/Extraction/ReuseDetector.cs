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
        var scanner = new WordScanner();
        var profiles = corpus.Articles.Select(a => NarrativeProfile.Of(a, byArticle[a.Id].Select(q => q.Evidence.Span), scanner)).ToList();
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
        // Sized for every shingle up front: most are held by one document, so the distinct count is close to the total.
        var (fiveGrams, anchorGrams) = (0, 0);
        foreach (var profile in profiles)
        {
            fiveGrams += profile.FiveGramHashes.Length;
            anchorGrams += Math.Max(0, profile.AnchorHashes.Length - 1);
        }
        using var words = new ShingleIndex(ShingleIndex.DefaultCap(profiles.Count), fiveGrams);
        using var anchors = new ShingleIndex(ShingleIndex.DefaultCap(profiles.Count), anchorGrams);
        for (var i = 0; i < profiles.Count; i++)
        {
            words.Add(i, profiles[i].FiveGramHashes);
            anchors.Add(i, Shingles.WordGramHashes(profiles[i].AnchorHashes, 2));
        }
        var pairs = new SortedSet<(int, int)>(words.Pairs(MinSharedShingles).Select(p => (p.First, p.Second)));
        pairs.UnionWith(anchors.Pairs(MinSharedShingles + 1).Select(p => (p.First, p.Second)));
        return pairs;
    }

    /// <summary>The reuse between two articles, or null when they are independent.</summary>
    internal static Reuse? Judge(NarrativeProfile a, NarrativeProfile b)
    {
        // Below the containment floor both ways the pair is independent whatever its sentences share, so
        // only a shared wire can still make it a finding: settle that before aligning any sentence.
        var fiveGramsShared = Shingles.Shared(a.FiveGrams, b.FiveGrams);
        var independent = Math.Max(Containment(fiveGramsShared, a.FiveGrams), Containment(fiveGramsShared, b.FiveGrams)) < PairSignals.Independent;
        var wire = SharedWire(a, b);
        if (independent && wire.IsEmpty)
        {
            return null;
        }
        var (alignAb, alignBa) = SentenceAligner.Both(a, b);
        var ab = Signals(a, b, alignAb, fiveGramsShared);
        var ba = Signals(b, a, alignBa, fiveGramsShared);
        var relation = independent ? ReuseRelation.Independent : (ReuseRelation)Math.Max((int)ab.Relation, (int)ba.Relation);
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
            Containment = Containment(fiveGramsShared, article.FiveGrams),
            SourceContainment = Containment(fiveGramsShared, source.FiveGrams),
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

    /// <summary>The signals of <paramref name="a"/> towards <paramref name="b"/>, given the sentence alignment and
    /// the number of 5-grams the two share.</summary>
    internal static PairSignals Signals(NarrativeProfile a, NarrativeProfile b, List<Alignment> alignment, int fiveGramsShared)
    {
        // Each sentence's best similarity in b, or -1 for none (the alignment is in sentence order).
        var similarity = new double[a.Sentences.Length];
        Array.Fill(similarity, -1);
        foreach (var x in alignment)
        {
            similarity[x.Index] = x.Similarity;
        }
        var scored = a.Scored;
        var (aligned, verbatim, unique, uniquePositions) = (0, 0, 0, 0.0);
        for (var k = 0; k < scored.Length; k++)
        {
            var s = similarity[scored[k]];
            if (s < 0)
            {
                unique++;
                uniquePositions += scored.Length < 2 ? 0 : (double)k / (scored.Length - 1);
                continue;
            }
            aligned++;
            if (s >= SentenceAligner.Verbatim)
            {
                verbatim++;
            }
        }
        var stopShared = Shingles.Shared(a.StopGrams, b.StopGrams);
        return new PairSignals(
            Containment(fiveGramsShared, a.FiveGrams),
            scored.Length == 0 ? 0 : (double)aligned / scored.Length,
            scored.Length == 0 ? 0 : (double)verbatim / scored.Length,
            a.StopGrams.Length == 0 ? 0 : (double)stopShared / a.StopGrams.Length,
            stopShared,
            scored.Length > 0 && similarity[scored[0]] >= 0,
            // The mean relative position of the sentences with no counterpart, summed in order as Average does.
            unique == 0 || scored.Length < 2 ? null : uniquePositions / unique);
    }

    /// <summary>Share of a set of <paramref name="grams"/> that <paramref name="shared"/> of them are, 0 for none.</summary>
    private static double Containment(int shared, ulong[] grams) => grams.Length == 0 ? 0 : (double)shared / grams.Length;

    /// <summary>LCS of the two anchor sequences (each anchor at its first mention only, so that a name repeated
    /// throughout does not inflate the match) over the shorter; 0 when either has fewer than 10 anchors.</summary>
    internal static double AnchorRatio(NarrativeProfile a, NarrativeProfile b)
    {
        var (x, y) = (a.FirstMentions, b.FirstMentions);
        return Math.Min(x.Length, y.Length) < MinAnchors ? 0 : (double)Lcs(x, y) / Math.Min(x.Length, y.Length);
    }

    private static int Lcs(ulong[] x, ulong[] y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return previous[y.Length];
    }
}
