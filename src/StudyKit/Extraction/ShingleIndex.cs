namespace StudyKit.Extraction;

/// <summary>
/// An inverted index from hashed shingles to the documents holding them, so that candidate pairs come only
/// from shared shingles: the cost grows with the size of the corpus, not with its number of pairs.
/// Shingles held by more than <see cref="MaxPostings"/> documents (boilerplate, stock phrases) are skipped.
/// Its table is rented (<see cref="ShingleTable"/>): dispose the index when done.
/// </summary>
internal sealed class ShingleIndex : IDisposable
{
    // A shingle held by one document maps to that document (≥ 0); once shared, to ~k, its list in _lists.
    // Most shingles are never shared, so most take no list. A list that passes the cap is dropped (null).
    private readonly ShingleTable _postings;
    private readonly List<List<int>?> _lists = [];

    /// <summary>An index that skips shingles shared by more than <paramref name="maxPostings"/> documents.</summary>
    /// <param name="maxPostings">The most documents a shingle may be held by and still count.</param>
    /// <param name="shingles">How many shingles will be added in all, when known: the index is sized for them
    /// at once instead of growing (and rehashing) as they come.</param>
    public ShingleIndex(int maxPostings, int shingles = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPostings, 2);
        MaxPostings = maxPostings;
        _postings = new ShingleTable(Math.Max(0, shingles));
    }

    public void Dispose() => _postings.Dispose();

    /// <summary>The most documents a shingle may be held by and still count.</summary>
    public int MaxPostings { get; }

    /// <summary>The default cap for a corpus of <paramref name="documents"/>: at least 8, growing as √n.</summary>
    public static int DefaultCap(int documents) => Math.Max(8, (int)(2 * Math.Sqrt(documents)));

    /// <summary>Adds document <paramref name="document"/> (added in increasing order) with its shingles.</summary>
    public void Add(int document, ReadOnlySpan<ulong> shingles)
    {
        foreach (var shingle in shingles)
        {
            ref var slot = ref _postings.GetValueRefOrAddDefault(shingle, out var exists);
            if (!exists)
            {
                slot = document;
            }
            else if (slot >= 0)
            {
                if (slot != document)
                {
                    _lists.Add([slot, document]);
                    slot = ~(_lists.Count - 1);
                }
            }
            else if (_lists[~slot] is { } list && list[^1] != document)
            {
                list.Add(document);
                if (list.Count > MaxPostings)
                {
                    _lists[~slot] = null;
                }
            }
        }
    }

    /// <summary>Pairs (i &lt; j) sharing at least <paramref name="minShared"/> counted shingles, sorted, with the count.</summary>
    /// <param name="minShared">Fewest shared counted shingles.</param>
    /// <param name="shortDocuments">When true, a document holding fewer counted shingles than
    /// <paramref name="minShared"/> needs to share only those it holds (so a short quote still meets its twin).</param>
    /// <remarks>Counted one document at a time in a flat array (each document against the later documents of
    /// its counted posting lists), so memory stays linear in the corpus whatever the number of pairs met.</remarks>
    public List<(int First, int Second, int Count)> Pairs(int minShared, bool shortDocuments = false)
    {
        var documents = 0;
        var lists = new List<List<int>>();
        foreach (var list in _lists)
        {
            if (list is not null)
            {
                lists.Add(list);
                documents = Math.Max(documents, list[^1] + 1);
            }
        }
        // For each document, its counted lists and its position in each.
        var starts = new int[documents + 1];
        foreach (var list in lists)
        {
            foreach (var document in list)
            {
                starts[document + 1]++;
            }
        }
        for (var d = 0; d < documents; d++)
        {
            starts[d + 1] += starts[d];
        }
        var fill = starts[..^1];
        var held = new (int List, int Position)[starts[documents]];
        for (var l = 0; l < lists.Count; l++)
        {
            var list = lists[l];
            for (var p = 0; p < list.Count; p++)
            {
                held[fill[list[p]]++] = (l, p);
            }
        }
        var pairs = new List<(int, int, int)>();
        var counts = new int[documents];
        var touched = new List<int>();
        for (var d = 0; d < documents; d++)
        {
            for (var h = starts[d]; h < starts[d + 1]; h++)
            {
                var (l, position) = held[h];
                var list = lists[l];
                for (var p = position + 1; p < list.Count; p++)
                {
                    var other = list[p];
                    if (counts[other]++ == 0)
                    {
                        touched.Add(other);
                    }
                }
            }
            touched.Sort();
            foreach (var other in touched)
            {
                var needed = shortDocuments
                    ? Math.Min(minShared, Math.Min(starts[d + 1] - starts[d], starts[other + 1] - starts[other]))
                    : minShared;
                if (counts[other] >= needed)
                {
                    pairs.Add((d, other, counts[other]));
                }
                counts[other] = 0;
            }
            touched.Clear();
        }
        return pairs;
    }
}
