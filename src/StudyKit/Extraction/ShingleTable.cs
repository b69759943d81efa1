using System.Buffers;
using System.Numerics;

namespace StudyKit.Extraction;

/// <summary>
/// A map from 64-bit shingle hashes (or packed character grams) to an int, with linear probing in arrays rented
/// from the shared pool. The indexes behind reuse hold a slot for every shingle of the corpus: as a
/// <c>Dictionary</c> they were large-object-heap arrays made and dropped on every run, which brought on full
/// collections; rented, the same arrays serve run after run. Dispose it to give them back.
/// </summary>
internal sealed class ShingleTable : IDisposable
{
    private ulong[] _keys = [];
    private int[] _values = [];
    private bool[] _used = [];
    private int _mask;
    private int _shift;

    /// <summary>A table with room for <paramref name="expected"/> keys before it grows.</summary>
    public ShingleTable(int expected = 0) => Allocate(BitsFor(expected));

    /// <summary>Keys held.</summary>
    public int Count { get; private set; }

    /// <summary>The value of <paramref name="key"/>, added with the value 0 when absent (<paramref name="exists"/> false),
    /// as <c>CollectionsMarshal.GetValueRefOrAddDefault</c> does. Valid until the next key is added.</summary>
    public ref int GetValueRefOrAddDefault(ulong key, out bool exists)
    {
        if ((Count + 1) * 2 > _mask + 1)
        {
            Grow();
        }
        var slot = Find(key);
        exists = _used[slot];
        if (!exists)
        {
            (_keys[slot], _values[slot], _used[slot]) = (key, 0, true);
            Count++;
        }
        return ref _values[slot];
    }

    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<int>.Shared.Return(_values);
        ArrayPool<bool>.Shared.Return(_used);
        (_keys, _values, _used) = ([], [], []);
    }

    // At most half full, so that probes stay short: 2^bits is two to four times the keys.
    private static int BitsFor(int keys) => BitOperations.Log2((uint)Math.Max(16, keys)) + 2;

    private int Find(ulong key)
    {
        // Fibonacci hashing: the top bits of the product spread both hashes and packed characters well.
        var slot = (int)(key * 0x9E3779B97F4A7C15UL >> _shift);
        while (_used[slot] && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }
        return slot;
    }

    private void Allocate(int bits)
    {
        var size = 1 << bits;
        (_keys, _values, _used) = (ArrayPool<ulong>.Shared.Rent(size), ArrayPool<int>.Shared.Rent(size), ArrayPool<bool>.Shared.Rent(size));
        Array.Clear(_used, 0, size);
        (_mask, _shift) = (size - 1, 64 - bits);
    }

    private void Grow()
    {
        var (keys, values, used, size) = (_keys, _values, _used, _mask + 1);
        Allocate(BitOperations.Log2((uint)size) + 1);
        for (var i = 0; i < size; i++)
        {
            if (used[i])
            {
                var slot = Find(keys[i]);
                (_keys[slot], _values[slot], _used[slot]) = (keys[i], values[i], true);
            }
        }
        ArrayPool<ulong>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(values);
        ArrayPool<bool>.Shared.Return(used);
    }
}
