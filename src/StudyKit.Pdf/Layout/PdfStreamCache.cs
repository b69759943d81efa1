using System.Collections.Concurrent;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Deflated content streams by their bytes, shared by the writers of one pack: the thirty worksheets of a pack
/// carry the same articles appendix, page for page, under their own footers, and deflating is the larger part
/// of writing. Thread-safe; a stream deflated twice at once gives the same bytes either way.
/// </summary>
internal sealed class PdfStreamCache
{
    private readonly ConcurrentDictionary<Content, byte[]> deflated = new();

    /// <summary><paramref name="raw"/> deflated by <paramref name="encoder"/> (the calling thread's own), from the cache
    /// when the same bytes were deflated before.</summary>
    public byte[] Deflated(ReadOnlySpan<byte> raw, FlateEncoder encoder)
    {
        var key = new Content(raw.ToArray());
        return deflated.GetOrAdd(key, static (content, encoder) => encoder.Deflate(content.Bytes), encoder);
    }

    /// <summary>Bytes compared by value.</summary>
    private readonly struct Content(byte[] bytes) : IEquatable<Content>
    {
        private readonly int hash = Hash(bytes);

        public byte[] Bytes { get; } = bytes;

        public bool Equals(Content other) => hash == other.hash && Bytes.AsSpan().SequenceEqual(other.Bytes);

        public override bool Equals(object? obj) => obj is Content other && Equals(other);

        public override int GetHashCode() => hash;

        private static int Hash(byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
