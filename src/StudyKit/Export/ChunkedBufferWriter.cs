using System.Buffers;

namespace StudyKit.Export;

/// <summary>
/// A buffer writer that grows by chunks of 64 KB and joins them once at the end, for files of a few hundred
/// kilobytes (<c>bank.json</c>, <c>pack.json</c>): a stream or an array buffer doubles one array as it grows, and
/// every array past 85 000 bytes of that chain goes to the large object heap, where a few megabytes make the
/// collector run full collections (issue 6). The only large array is the file itself.
/// </summary>
internal sealed class ChunkedBufferWriter : IBufferWriter<byte>
{
    /// <summary>Below the 85 000 bytes from which arrays go to the large object heap.</summary>
    private const int ChunkSize = 64 * 1024;

    private readonly List<(byte[] Chunk, int Used)> full = [];
    private byte[] current = new byte[ChunkSize];
    private int used;

    /// <summary>The bytes written so far.</summary>
    public int Length => full.Sum(c => c.Used) + used;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, current.Length - used);
        used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        // Room first: it may start a new chunk.
        var at = Room(sizeHint);
        return current.AsMemory(at);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var at = Room(sizeHint);
        return current.AsSpan(at);
    }

    /// <summary>Everything written, in one array.</summary>
    public byte[] ToArray()
    {
        var result = new byte[Length];
        var at = 0;
        foreach (var (chunk, count) in full)
        {
            chunk.AsSpan(0, count).CopyTo(result.AsSpan(at));
            at += count;
        }
        current.AsSpan(0, used).CopyTo(result.AsSpan(at));
        return result;
    }

    /// <summary>Where the free room of at least <paramref name="sizeHint"/> bytes (one, when 0) starts in the current chunk.</summary>
    private int Room(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        if (current.Length - used < Math.Max(sizeHint, 1))
        {
            full.Add((current, used));
            current = new byte[Math.Max(ChunkSize, sizeHint)];
            used = 0;
        }
        return used;
    }
}
