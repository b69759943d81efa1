using System.IO.Compression;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// A growable byte buffer for PDF syntax: ASCII text, numbers in the invariant form PDF reads (a point, no
/// exponent, trailing zeros dropped) and glyph ids as hex. Writing numbers by hand instead of through
/// <c>ToString</c> keeps them culture-free and allocation-free, which matters at a few hundred thousand per pack.
/// <para>
/// A buffer made <c>chunked</c> (a whole file being written) grows by chunks of 64 KB instead of by doubling
/// one array, and keeps them for reuse after <see cref="Clear"/>: a chain of ever larger arrays would land on
/// the large object heap, where a few megabytes make the collector run full collections (issue 6). It has no
/// single <see cref="Span"/>; <see cref="ToArray"/> joins the chunks.
/// </para>
/// </summary>
internal sealed class PdfBytes(int capacity = 4096, bool chunked = false)
{
    /// <summary>Below the 85 000 bytes from which arrays go to the large object heap.</summary>
    private const int ChunkSize = 64 * 1024;

    private readonly List<(byte[] Chunk, int Used)> full = [];
    private readonly Stack<byte[]> spare = [];
    private byte[] buffer = new byte[Math.Clamp(capacity, 16, chunked ? ChunkSize : int.MaxValue)];
    private int used;
    private int fullLength;

    public int Length => fullLength + used;

    /// <summary>The bytes, for a buffer that is not chunked or has not yet needed a second chunk.</summary>
    public ReadOnlySpan<byte> Span => full.Count == 0 ? buffer.AsSpan(0, used) : throw new InvalidOperationException("A chunked buffer has no single span; use ToArray.");

    public void Clear()
    {
        foreach (var (chunk, _) in full)
        {
            spare.Push(chunk);
        }
        full.Clear();
        fullLength = 0;
        used = 0;
    }

    /// <summary>Appends ASCII text (PDF syntax); characters above U+007F are a programming error.</summary>
    public PdfBytes Append(string ascii)
    {
        var span = Reserve(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }
        used += ascii.Length;
        return this;
    }

    public PdfBytes Append(char ascii)
    {
        Reserve(1)[0] = (byte)ascii;
        used++;
        return this;
    }

    public PdfBytes Append(ReadOnlySpan<byte> bytes)
    {
        // A chunked buffer takes long runs (a deflated stream, a font file) chunk by chunk.
        while (chunked && bytes.Length > buffer.Length - used)
        {
            if (used == buffer.Length)
            {
                NextChunk(ChunkSize);
                continue;
            }
            var room = buffer.Length - used;
            bytes[..room].CopyTo(buffer.AsSpan(used));
            used += room;
            bytes = bytes[room..];
        }
        bytes.CopyTo(Reserve(bytes.Length));
        used += bytes.Length;
        return this;
    }

    public PdfBytes Append(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        var negative = value < 0;
        var magnitude = negative ? (ulong)(-value) : (ulong)value;
        var at = digits.Length;
        do
        {
            digits[--at] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude > 0);
        if (negative)
        {
            Append('-');
        }
        return Append(digits[at..]);
    }

    /// <summary>Appends <paramref name="value"/> rounded to <paramref name="decimals"/> places (at most 4).</summary>
    public PdfBytes Number(double value, int decimals = 2)
    {
        var scale = decimals switch { 0 => 1L, 1 => 10L, 2 => 100L, 3 => 1000L, _ => 10000L };
        var scaled = (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            Append('-');
            scaled = -scaled;
        }
        Append(scaled / scale);
        var fraction = scaled % scale;
        if (fraction != 0)
        {
            Append('.');
            for (var unit = scale / 10; unit > 0 && fraction != 0; unit /= 10)
            {
                Append((char)('0' + (fraction / unit)));
                fraction %= unit;
            }
        }
        return this;
    }

    /// <summary>Appends a 16-bit value as four upper-case hex digits.</summary>
    public PdfBytes Hex4(int value)
    {
        var span = Reserve(4);
        for (var i = 3; i >= 0; i--)
        {
            var digit = value & 0xF;
            span[i] = (byte)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            value >>= 4;
        }
        used += 4;
        return this;
    }

    /// <summary><paramref name="data"/> deflated in the zlib format (PDF's FlateDecode) by zlib: for the font files,
    /// deflated once per pack at the best ratio; content streams go through <see cref="FlateEncoder"/>.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var output = new MemoryStream((data.Length / 3) + 64);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    public byte[] ToArray()
    {
        var result = new byte[Length];
        var at = 0;
        foreach (var (chunk, count) in full)
        {
            chunk.AsSpan(0, count).CopyTo(result.AsSpan(at));
            at += count;
        }
        buffer.AsSpan(0, used).CopyTo(result.AsSpan(at));
        return result;
    }

    /// <summary>Room for <paramref name="count"/> bytes after the last, in one piece.</summary>
    private Span<byte> Reserve(int count)
    {
        if (used + count <= buffer.Length)
        {
            return buffer.AsSpan(used, count);
        }
        if (!chunked)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, used + count));
            return buffer.AsSpan(used, count);
        }
        NextChunk(count);
        return buffer.AsSpan(0, count);
    }

    /// <summary>Files the current chunk and starts one with room for at least <paramref name="count"/> bytes.</summary>
    private void NextChunk(int count)
    {
        full.Add((buffer, used));
        fullLength += used;
        buffer = spare.Count > 0 && spare.Peek().Length >= count ? spare.Pop() : new byte[Math.Max(ChunkSize, count)];
        used = 0;
    }
}
