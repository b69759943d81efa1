namespace StudyKit.Extraction;

/// <summary>
/// An inverted index from hashed shingles to the documents holding them, so that candidate pairs come only
/// from shared shingles: the cost grows with the size of the corpus, not with its number of pairs.
/// Shingles held by more than <see cref="MaxPostings"/> documents (boilerplate, stock phrases) are skipped.
/// </summary>
internal sealed class ShingleIndex
{
    private readonly Dictionary<ulong, List<int>> _postings = [];

    /// <summary>An index that skips shingles shared by more than <paramref name="maxPostings"/> documents.</summary>
    public ShingleIndex(int maxPostings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPostings, 2);
        MaxPostings = maxPostings;
    }

    /// <summary>The most documents a shingle may be held by and still count.</summary>
    public int MaxPostings { get; }

    /// <summary>The default cap for a corpus of <paramref name="documents"/>: at least 8, growing as √n.</summary>
    public static int DefaultCap(int documents) => Math.Max(8, (int)(2 * Math.Sqrt(documents)));

    /// <summary>Adds document <paramref name="document"/> (added in increasing order) with its shingles.</summary>
    public void Add(int document, IEnumerable<ulong> shingles)
    {
        foreach (var shingle in shingles)
        {
            if (!_postings.TryGetValue(shingle, out var list))
            {
                _postings[shingle] = list = [];
            }
            if (list.Count == 0 || list[^1] != document)
            {
                list.Add(document);
            }
        }
    }

    /// <summary>Pairs (i &lt; j) sharing at least <paramref name="minShared"/> counted shingles, sorted, with the count.</summary>
    public SortedDictionary<(int First, int Second), int> Pairs(int minShared)
    {
        var counts = new Dictionary<(int, int), int>();
        foreach (var list in _postings.Values)
        {
            if (list.Count < 2 || list.Count > MaxPostings)
            {
                continue;
            }
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    var key = (list[a], list[b]);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        var pairs = new SortedDictionary<(int, int), int>();
        foreach (var (key, count) in counts)
        {
            if (count >= minShared)
            {
                pairs[key] = count;
            }
        }
        return pairs;
    }
}
