namespace StudyKit.Extraction;

/// <summary>
/// The character 4-grams of an article's aligned sentences: one entry per distinct (gram, sentence), sorted by
/// gram. Two articles' grams are then merged once to count what every sentence of one shares with every
/// sentence of the other, instead of merging each of the |A|·|B| sentence pairs on its own.
/// A 4-gram is its four UTF-16 units packed into 64 bits, so equal grams and only equal grams have equal values.
/// </summary>
internal sealed class SentenceGrams
{
    private const int GramLength = 4;

    private readonly ulong[] _grams;
    private readonly int[] _sentences;
    private readonly int[] _counts;

    private SentenceGrams(ulong[] grams, int[] sentences, int[] counts)
    {
        _grams = grams;
        _sentences = sentences;
        _counts = counts;
    }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _counts.Length;

    /// <summary>The number of distinct 4-grams of sentence <paramref name="sentence"/>.</summary>
    public int Count(int sentence) => _counts[sentence];

    /// <summary>Counts into <paramref name="shared"/>[i · b.SentenceCount + j] (cleared first) the 4-grams
    /// sentence i of <paramref name="a"/> shares with sentence j of <paramref name="b"/>.</summary>
    public static void CountShared(SentenceGrams a, SentenceGrams b, Span<int> shared)
    {
        shared.Clear();
        var (x, y) = (a._grams, b._grams);
        var width = b.SentenceCount;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j])
            {
                i++;
                continue;
            }
            if (x[i] > y[j])
            {
                j++;
                continue;
            }
            // A gram both hold: every sentence of a holding it shares it with every sentence of b holding it.
            var gram = x[i];
            var (iEnd, jEnd) = (i, j);
            while (iEnd < x.Length && x[iEnd] == gram)
            {
                iEnd++;
            }
            while (jEnd < y.Length && y[jEnd] == gram)
            {
                jEnd++;
            }
            for (var p = i; p < iEnd; p++)
            {
                var row = a._sentences[p] * width;
                for (var q = j; q < jEnd; q++)
                {
                    shared[row + b._sentences[q]]++;
                }
            }
            (i, j) = (iEnd, jEnd);
        }
    }

    /// <summary>Collects the sentences of one article in order.</summary>
    public sealed class Builder
    {
        private readonly List<ulong> _grams = [];
        private readonly List<int> _sentences = [];
        private readonly List<int> _counts = [];
        private ulong[] _scratch = new ulong[256];

        /// <summary>Adds the next sentence: words [<paramref name="from"/>, <paramref name="to"/>) of
        /// <paramref name="words"/> joined by single spaces (the text <see cref="Shingles.Canonical"/> gives).</summary>
        public void Add(WordScanner words, int from, int to)
        {
            var length = 0;
            var window = 0UL;
            var seen = 0;
            for (var k = from; k < to; k++)
            {
                if (k > from)
                {
                    Push(' ', ref window, ref seen, ref length);
                }
                foreach (var c in words.Letters(k))
                {
                    Push(c, ref window, ref seen, ref length);
                }
            }
            var distinct = Shingles.SortDistinct(_scratch.AsSpan(0, length));
            var sentence = _counts.Count;
            for (var g = 0; g < distinct; g++)
            {
                _grams.Add(_scratch[g]);
                _sentences.Add(sentence);
            }
            _counts.Add(distinct);
        }

        /// <summary>The grams of the sentences added, sorted by gram.</summary>
        public SentenceGrams Build()
        {
            var grams = _grams.ToArray();
            var sentences = _sentences.ToArray();
            Array.Sort(grams, sentences);
            return new SentenceGrams(grams, sentences, [.. _counts]);
        }

        /// <summary>Shifts <paramref name="c"/> into the 4-character window and keeps the window once it is full.</summary>
        private void Push(char c, ref ulong window, ref int seen, ref int length)
        {
            window = window << 16 | c;
            if (++seen < GramLength)
            {
                return;
            }
            if (length == _scratch.Length)
            {
                Array.Resize(ref _scratch, _scratch.Length * 2);
            }
            _scratch[length++] = window;
        }
    }
}
