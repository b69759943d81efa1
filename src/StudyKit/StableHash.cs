using System.Text;

namespace StudyKit;

/// <summary>Stable hashes (SHA-256 of UTF-8) for ids and seeds; never string.GetHashCode.</summary>
internal static class StableHash
{
    /// <summary>Lower-case hex of the first <paramref name="bytes"/> bytes of SHA-256.</summary>
    public static string Hex(string text, int bytes = 6)
    {
        Span<byte> hash = stackalloc byte[Sha256.Length];
        Sha256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..bytes]);
    }

    /// <summary>A non-negative 31-bit integer from SHA-256.</summary>
    public static int ToInt31(string text)
    {
        Span<byte> hash = stackalloc byte[Sha256.Length];
        Sha256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BitConverter.ToInt32(hash[..4]) & 0x7FFFFFFF;
    }

    /// <summary>A GUID-shaped stable identifier (for Anki notes) from SHA-256.</summary>
    public static Guid ToGuid(string text)
    {
        Span<byte> hash = stackalloc byte[Sha256.Length];
        Sha256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return new Guid(hash[..16]);
    }
}
