using System.Collections.Concurrent;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Deflated content streams by their bytes, shared by the writers of one pack: the thirty worksheets of a pack
/// carry the same articles appendix, page for page, under their own footers, and deflating is the larger part
/// of writing. Thread-safe; a stream deflated twice at once gives the same bytes either way.
/// </summary>
internal sealed class PdfStreamCache
{
    private readonly ConcurrentDictionary<byte[], byte[]> deflated = new(new ByteContent());

    /// <summary><paramref name="raw"/> deflated by <paramref name="encoder"/> (the calling thread's own), from the cache
    /// when the same bytes were deflated before. The bytes are copied only when they are new.</summary>
    public byte[] Deflated(ReadOnlySpan<byte> raw, FlateEncoder encoder)
    {
        var lookup = deflated.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(raw, out var stored))
        {
            return stored;
        }
        var fresh = encoder.Deflate(raw);
        return lookup.TryAdd(raw, fresh) || !lookup.TryGetValue(raw, out stored) ? fresh : stored;
    }

    /// <summary>Bytes compared by value, and looked up by a span of them without copying.</summary>
    private sealed class ByteContent : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes) => GetHashCode(bytes.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
