using System.Buffers;

namespace StudyKit.Extraction;

/// <summary>
/// The character 4-grams every sentence of one article shares with every sentence of another, counted in one
/// pass over each article: each distinct gram of the pair gets an id, the sentences of <c>b</c> holding a gram are
/// listed under its id, and each gram of a sentence of <c>a</c> then adds one to the pairs it makes with those.
/// Nothing is sorted and no sentence pair is compared on its own.
/// </summary>
/// <param name="CountsA">Distinct 4-grams of each sentence of <c>a</c>.</param>
/// <param name="CountsB">Distinct 4-grams of each sentence of <c>b</c>.</param>
/// <param name="Shared">Grams sentence i of <c>a</c> shares with sentence j of <c>b</c>, at i · |b| + j.</param>
internal sealed record SharedGrams(int[] CountsA, int[] CountsB, int[] Shared)
{
    /// <summary>The 4-grams shared by the sentences of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static SharedGrams Of(NarrativeProfile a, NarrativeProfile b)
    {
        var (rows, columns) = (a.Sentences.Length, b.Sentences.Length);
        using var grams = new GramIds(a.Article.Text.Length + b.Article.Text.Length);
        var words = new WordScanner();
        var scratch = new List<ulong>();
        // The sentences of b holding each gram id, as linked postings (newest first): at most one per gram of b.
        var postingSentence = ArrayPool<int>.Shared.Rent(b.Article.Text.Length);
        var postingNext = ArrayPool<int>.Shared.Rent(b.Article.Text.Length);
        var postings = 0;
        var countsB = new int[columns];
        for (var j = 0; j < columns; j++)
        {
            b.ScanSentence(j, words);
            foreach (var gram in CharGrams(words, scratch))
            {
                var id = grams.Id(gram);
                if (grams.Mark(id, j))
                {
                    countsB[j]++;
                    (postingSentence[postings], postingNext[postings]) = (j, grams.Postings(id));
                    grams.SetPostings(id, postings++);
                }
            }
        }
        var countsA = new int[rows];
        var shared = new int[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            a.ScanSentence(i, words);
            foreach (var gram in CharGrams(words, scratch))
            {
                // Marked after b's sentence numbers, so that a sentence of a counts each gram once.
                var id = grams.Id(gram);
                if (!grams.Mark(id, columns + i))
                {
                    continue;
                }
                countsA[i]++;
                for (var p = grams.Postings(id); p >= 0; p = postingNext[p])
                {
                    shared[i * columns + postingSentence[p]]++;
                }
            }
        }
        ArrayPool<int>.Shared.Return(postingSentence);
        ArrayPool<int>.Shared.Return(postingNext);
        return new SharedGrams(countsA, countsB, shared);
    }

    /// <summary>The character 4-grams (repeats kept) of the scanned words joined by single spaces, each its four
    /// UTF-16 units packed into 64 bits: equal grams and only equal grams have equal values.</summary>
    internal static List<ulong> CharGrams(WordScanner words, List<ulong> into)
    {
        into.Clear();
        var window = 0UL;
        var seen = 0;
        for (var k = 0; k < words.Count; k++)
        {
            if (k > 0)
            {
                Push(' ');
            }
            foreach (var c in words.Letters(k))
            {
                Push(c);
            }
        }
        return into;

        // Shifts c into the four-character window and keeps the window once it is full.
        void Push(char c)
        {
            window = window << 16 | c;
            if (++seen >= 4)
            {
                into.Add(window);
            }
        }
    }

    /// <summary>Ids 0, 1, 2… for the distinct grams of a pair, in a table sized once for the pair's text (a gram per
    /// character at most), with the last sentence that counted each id and its first posting. The tables are rented
    /// from the shared pool: a pair's are a few hundred kilobytes, used once.</summary>
    private sealed class GramIds : IDisposable
    {
        private readonly ShingleTable _ids;
        private readonly int[] _marked;
        private readonly int[] _postings;

        public GramIds(int maxGrams)
        {
            _ids = new ShingleTable(maxGrams);
            _marked = ArrayPool<int>.Shared.Rent(maxGrams);
            _marked.AsSpan(0, maxGrams).Fill(-1);
            _postings = ArrayPool<int>.Shared.Rent(maxGrams);
            _postings.AsSpan(0, maxGrams).Fill(-1);
        }

        public void Dispose()
        {
            _ids.Dispose();
            ArrayPool<int>.Shared.Return(_marked);
            ArrayPool<int>.Shared.Return(_postings);
        }

        public int Id(ulong gram)
        {
            ref var id = ref _ids.GetValueRefOrAddDefault(gram, out var exists);
            if (!exists)
            {
                id = _ids.Count - 1;
            }
            return id;
        }

        /// <summary>Marks gram <paramref name="id"/> as counted by <paramref name="sentence"/>; false when it already was.</summary>
        public bool Mark(int id, int sentence)
        {
            if (_marked[id] == sentence)
            {
                return false;
            }
            _marked[id] = sentence;
            return true;
        }

        public int Postings(int id) => _postings[id];

        public void SetPostings(int id, int posting) => _postings[id] = posting;
    }
}
