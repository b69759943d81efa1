using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Links quotes of one statement across articles. Identical: equal after canonicalisation (lower-case,
/// punctuation stripped), or one a whole-word cut of the other. Variant: sharing a word 8-gram (Quootstrap)
/// but worded differently elsewhere; or, with no conflicting speakers, character 4-gram Dice ≥ 0.5, or the
/// shorter quote's 4-grams lying inside the longer (a partial quote, reworded), or, for
/// a known same speaker, ≥ 2 shared anchors (numbers, names) with Dice ≥ 0.3. Links are grouped strongest
/// first, and a group never takes two quotes of one article: one speaker at one press conference names the
/// same people in many different statements, so chaining would merge them all.
/// </summary>
internal static class QuoteLinker
{
    private const int MergeGram = 8;
    private const double VariantDice = 0.5;
    private const int VariantAnchors = 2;
    private const double AnchoredDice = 0.3;
    private const double PartialContainment = 0.8;

    /// <summary>A quote ready for linking: the words it is indexed under, made for every quote, and what comparing it takes,
    /// made the first time it is compared (about half the quotes of a hundred articles never are).</summary>
    private sealed class Prepared(Quote quote, ulong[] keys)
    {
        private Compared? _compared;

        public Quote Quote { get; } = quote;

        public ulong[] Keys { get; } = keys;

        public Compared ForComparison(Scratch scratch) => _compared ??= Compare(Quote, scratch);
    }

    /// <summary>A quote as comparisons read it: its canonical text and word count, and sorted distinct sets of hashes:
    /// word 8-grams, packed character 4-grams and anchors (numbers, names).</summary>
    private sealed record Compared(Quote Quote, string Canonical, int WordCount, ulong[] Grams8, ulong[] Grams4, ulong[] Anchors);

    /// <summary>Links between <paramref name="quotes"/> of different articles, sorted by their first quote id.</summary>
    public static ImmutableArray<QuoteLink> Link(ImmutableArray<Quote> quotes)
    {
        var scratch = new Scratch();
        var prepared = quotes.OrderBy(q => q.Id.Value, StringComparer.Ordinal).Select(q => Prepare(q, scratch)).ToList();
        var edges = new List<(double Strength, int First, int Second, bool Identical)>();
        foreach (var (i, j) in Candidates(prepared))
        {
            if (prepared[i].Quote.Evidence.Article == prepared[j].Quote.Evidence.Article)
            {
                continue;
            }
            var (x, y) = (prepared[i].ForComparison(scratch), prepared[j].ForComparison(scratch));
            // Identical means the same words: equal, or one quote a cut of the other. Quotes that share an
            // 8-gram but differ elsewhere ("… hari ini memberikan, antara lain, …" and "… hari ini menyediakan,
            // antara lain, …") are one statement in two translations: linked as strongly, but as a variant.
            if (string.Equals(x.Canonical, y.Canonical, StringComparison.Ordinal))
            {
                edges.Add((2.0, i, j, true));
            }
            else if (SameWords(x, y))
            {
                // A cut of the same words links a little less strongly than an exact copy, so that "fair
                // summary" joins its twin in the other article before a longer quote that contains it.
                edges.Add((1.8, i, j, true));
            }
            else if (Shingles.Shared(x.Grams8, y.Grams8) > 0)
            {
                edges.Add((1.5, i, j, false));
            }
            else if (Variant(x, y) is { } strength)
            {
                edges.Add((strength, i, j, false));
            }
        }
        var parent = Enumerable.Range(0, prepared.Count).ToArray();
        var articles = prepared.Select(p => new HashSet<ArticleId> { p.Quote.Evidence.Article }).ToArray();
        var variant = new bool[prepared.Count];
        foreach (var (_, i, j, identical) in edges.OrderByDescending(e => e.Strength).ThenBy(e => e.First).ThenBy(e => e.Second))
        {
            var (ri, rj) = (Find(parent, i), Find(parent, j));
            if (ri == rj || articles[ri].Overlaps(articles[rj]))
            {
                continue;
            }
            var flag = !identical || variant[ri] || variant[rj];
            var root = Union(parent, ri, rj);
            articles[root] = [.. articles[ri], .. articles[rj]];
            variant[root] = flag;
        }
        return Groups(prepared, parent, variant);
    }

    /// <summary>True when the shorter canonical text (three words or more) lies whole-word inside the longer.</summary>
    private static bool SameWords(Compared x, Compared y)
    {
        var (shorter, longer) = x.Canonical.Length <= y.Canonical.Length ? (x, y) : (y, x);
        return shorter.WordCount >= 3 && ContainsWholeWords(longer.Canonical, shorter.Canonical);
    }

    /// <summary>True when <paramref name="part"/> occurs in <paramref name="text"/> (both canonical) between spaces or ends.</summary>
    private static bool ContainsWholeWords(string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The buffers one quote is prepared in, reused from quote to quote: only the sets kept are new arrays.</summary>
    private sealed class Scratch
    {
        public WordScanner Words { get; } = new();
        public StringBuilder Canonical { get; } = new();
        public List<ulong> Hashes { get; } = [];
        public List<ulong> Anchors { get; } = [];
        public List<ulong> Keys { get; } = [];
        public List<ulong> Grams { get; } = [];
    }

    private static Prepared Prepare(Quote quote, Scratch scratch)
    {
        ScanWords(quote.Text, scratch);
        return new Prepared(quote, [.. scratch.Keys]);
    }

    private static Compared Compare(Quote quote, Scratch scratch)
    {
        ScanWords(quote.Text, scratch);
        var words = scratch.Words;
        var canonical = scratch.Canonical.Clear();
        for (var k = 0; k < words.Count; k++)
        {
            if (k > 0)
            {
                canonical.Append(' ');
            }
            canonical.Append(words.Letters(k));
        }
        var grams4 = SharedGrams.CharGrams(words, scratch.Grams);
        return new Compared(quote, canonical.ToString(), words.Count, Shingles.SortDistinct(Shingles.WordGramHashes(CollectionsMarshal.AsSpan(scratch.Hashes), MergeGram)),
            SortedDistinct(grams4), SortedDistinct(scratch.Anchors));
    }

    /// <summary>Scans <paramref name="text"/> into the scratch buffers: its words, their hashes, its anchors and the
    /// words it is indexed under (anchors last).</summary>
    private static void ScanWords(string text, Scratch scratch)
    {
        var words = scratch.Words;
        words.Clear();
        words.Scan(text, new TextSpan(0, text.Length), []);
        var (hashes, anchors, keys) = (scratch.Hashes, scratch.Anchors, scratch.Keys);
        hashes.Clear();
        anchors.Clear();
        keys.Clear();
        for (var k = 0; k < words.Count; k++)
        {
            var letters = words.Letters(k);
            hashes.Add(Shingles.Hash(letters));
            var stopword = ReuseVocabulary.StopwordSpans.Contains(letters);
            if (char.IsDigit(letters[0]) || words[k].Start > 0 && char.IsUpper(text[words[k].Start]) && !stopword)
            {
                anchors.Add(hashes[k]);
            }
            // Indexed under its rarer words (four letters or more, not a stopword), numbers and anchors.
            if (letters.Length >= 4 && !stopword || char.IsDigit(letters[0]))
            {
                keys.Add(hashes[k]);
            }
        }
        keys.AddRange(anchors);
    }

    /// <summary>The values sorted and distinct, as a new array (the list is sorted in place).</summary>
    private static ulong[] SortedDistinct(List<ulong> values)
    {
        var span = CollectionsMarshal.AsSpan(values);
        return span[..Shingles.SortDistinct(span)].ToArray();
    }

    /// <summary>How strongly two quotes are one statement in other words (their Dice), or null when they are not.</summary>
    private static double? Variant(Compared x, Compared y)
    {
        var bothKnown = x.Quote.Speaker is not null && y.Quote.Speaker is not null;
        if (bothKnown && x.Quote.Speaker!.Entity != y.Quote.Speaker!.Entity)
        {
            return null;
        }
        var shared = Shingles.Shared(x.Grams4, y.Grams4);
        var dice = x.Grams4.Length + y.Grams4.Length == 0 ? 0 : 2.0 * shared / (x.Grams4.Length + y.Grams4.Length);
        var shorter = x.Grams4.Length <= y.Grams4.Length ? x : y;
        var partial = shorter.WordCount >= 3 && shorter.Grams4.Length > 0 && (double)shared / shorter.Grams4.Length >= PartialContainment;
        // Shared anchors alone are weak: they count only when the text names the same speaker for both.
        var anchored = bothKnown && dice >= AnchoredDice && Shingles.Shared(x.Anchors, y.Anchors) >= VariantAnchors;
        return dice >= VariantDice || partial || anchored ? dice : null;
    }

    /// <summary>Quote pairs that share a canonical word (4+ letters, not a stopword) held by few quotes.</summary>
    private static IEnumerable<(int, int)> Candidates(List<Prepared> prepared)
    {
        using var index = new ShingleIndex(ShingleIndex.DefaultCap(prepared.Count) * 4, prepared.Sum(p => p.Keys.Length));
        for (var i = 0; i < prepared.Count; i++)
        {
            index.Add(i, prepared[i].Keys);
        }
        return index.Pairs(2, shortDocuments: true).Select(p => (p.First, p.Second));
    }

    private static ImmutableArray<QuoteLink> Groups(List<Prepared> prepared, int[] parent, bool[] variant)
    {
        var groups = Enumerable.Range(0, prepared.Count).GroupBy(i => Find(parent, i));
        var links = new List<QuoteLink>();
        foreach (var group in groups)
        {
            var members = group.Select(i => prepared[i].Quote).ToList();
            if (members.Select(q => q.Evidence.Article).Distinct().Count() < 2)
            {
                continue;
            }
            var relation = variant[group.Key] ? QuoteLinkRelation.Variant : QuoteLinkRelation.Identical;
            links.Add(new QuoteLink(relation, members.Select(q => q.Id).Order().ToImmutableArray()));
        }
        return links.OrderBy(l => l.Quotes[0].Value, StringComparer.Ordinal).ToImmutableArray();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int Union(int[] parent, int i, int j)
    {
        var (ri, rj) = (Find(parent, i), Find(parent, j));
        var (root, child) = ri <= rj ? (ri, rj) : (rj, ri);
        parent[child] = root;
        return root;
    }
}
