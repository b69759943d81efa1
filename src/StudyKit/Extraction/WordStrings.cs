using System.Buffers;
using System.Numerics;

namespace StudyKit.Extraction;

/// <summary>
/// The strings of the words met in one extraction run, each distinct word made once (with its lower-case form
/// when asked for). An article's words are scanned more than once (for names, for speech, for facts) and most
/// words recur from article to article, so the scans share one string per word instead of allocating one per
/// occurrence: the allocations, and the collections they cost, shrink to the run's vocabulary. A word is looked
/// up by its characters, without a string made for the look-up.
/// </summary>
/// <remarks>
/// An open-addressing table in arrays rented from the shared pool rather than a <c>Dictionary</c>: a run's
/// vocabulary fills a table the size of the large-object heap, and one made and dropped on every run brought on
/// full collections. Dispose it to give the arrays back. Not thread-safe: one instance serves one run.
/// </remarks>
internal sealed class WordStrings : IDisposable
{
    private string?[] _words = [];
    private string?[] _lower = [];
    private ulong[] _hashes = [];
    private int _mask;
    private int _count;

    public WordStrings() => Allocate(12);

    /// <summary>The string of <paramref name="word"/>.</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        // The slot first: finding it may grow the table into new arrays.
        var slot = SlotOf(word);
        return _words[slot]!;
    }

    /// <summary>The string of <paramref name="word"/> and its lower-case (invariant) form.</summary>
    public (string Text, string Lower) WithLower(ReadOnlySpan<char> word)
    {
        var slot = SlotOf(word);
        // ToLowerInvariant gives back the same string when nothing changes.
        var text = _words[slot]!;
        var lower = _lower[slot] ??= text.ToLowerInvariant();
        return (text, lower);
    }

    public void Dispose()
    {
        // Cleared, so that the pool does not keep the run's words alive.
        ArrayPool<string?>.Shared.Return(_words, clearArray: true);
        ArrayPool<string?>.Shared.Return(_lower, clearArray: true);
        ArrayPool<ulong>.Shared.Return(_hashes);
        (_words, _lower, _hashes) = ([], [], []);
    }

    private int SlotOf(ReadOnlySpan<char> word)
    {
        if ((_count + 1) * 2 > _mask + 1)
        {
            Grow();
        }
        var hash = Shingles.Hash(word);
        var slot = Find(word, hash);
        if (_words[slot] is null)
        {
            (_words[slot], _hashes[slot]) = (word.ToString(), hash);
            _count++;
        }
        return slot;
    }

    // Linear probing from the top bits of the hash; the stored hash settles most mismatches without comparing characters.
    private int Find(ReadOnlySpan<char> word, ulong hash)
    {
        var slot = (int)(hash >> (64 - BitOperations.Log2((uint)_mask + 1)));
        while (_words[slot] is { } held && (_hashes[slot] != hash || !word.SequenceEqual(held)))
        {
            slot = (slot + 1) & _mask;
        }
        return slot;
    }

    private void Allocate(int bits)
    {
        var size = 1 << bits;
        (_words, _lower, _hashes) = (ArrayPool<string?>.Shared.Rent(size), ArrayPool<string?>.Shared.Rent(size), ArrayPool<ulong>.Shared.Rent(size));
        // Rented arrays hold whatever they held: only the slots used count as empty until written.
        Array.Clear(_words, 0, size);
        Array.Clear(_lower, 0, size);
        _mask = size - 1;
    }

    private void Grow()
    {
        var (words, lower, hashes, size) = (_words, _lower, _hashes, _mask + 1);
        Allocate(BitOperations.Log2((uint)size) + 1);
        for (var i = 0; i < size; i++)
        {
            if (words[i] is { } word)
            {
                var slot = Find(word, hashes[i]);
                (_words[slot], _lower[slot], _hashes[slot]) = (word, lower[i], hashes[i]);
            }
        }
        ArrayPool<string?>.Shared.Return(words, clearArray: true);
        ArrayPool<string?>.Shared.Return(lower, clearArray: true);
        ArrayPool<ulong>.Shared.Return(hashes);
    }
}
