using System.Buffers;
using System.Text;

namespace StudyKit;

/// <summary>Stable hashes (SHA-256 of UTF-8) for ids and seeds; never string.GetHashCode.</summary>
internal static class StableHash
{
    /// <summary>Lower-case hex of the first <paramref name="bytes"/> bytes of SHA-256.</summary>
    public static string Hex(string text, int bytes = 6) => Hex(text.AsSpan(), bytes);

    /// <summary><see cref="Hex(string, int)"/> of text that need not be a string (a key put together on the stack).</summary>
    public static string Hex(ReadOnlySpan<char> text, int bytes = 6)
    {
        Span<byte> hash = stackalloc byte[Sha256.Length];
        Digest(text, hash);
        return Convert.ToHexStringLower(hash[..bytes]);
    }

    /// <summary>A non-negative 31-bit integer from SHA-256.</summary>
    public static int ToInt31(string text)
    {
        Span<byte> hash = stackalloc byte[Sha256.Length];
        Digest(text, hash);
        return BitConverter.ToInt32(hash[..4]) & 0x7FFFFFFF;
    }

    /// <summary>A GUID-shaped stable identifier (for Anki notes) from SHA-256.</summary>
    public static Guid ToGuid(string text)
    {
        Span<byte> hash = stackalloc byte[Sha256.Length];
        Digest(text, hash);
        return new Guid(hash[..16]);
    }

    /// <summary>SHA-256 of the UTF-8 of <paramref name="text"/>, encoded on the stack when short.</summary>
    private static void Digest(ReadOnlySpan<char> text, Span<byte> hash)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var utf8 = maxBytes <= 768 ? stackalloc byte[768] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        var written = Encoding.UTF8.GetBytes(text, utf8);
        Sha256.HashData(utf8[..written], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
