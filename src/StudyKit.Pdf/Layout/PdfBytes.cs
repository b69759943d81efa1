using System.IO.Compression;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// A growable byte buffer for PDF syntax: ASCII text, numbers in the invariant form PDF reads (a point, no
/// exponent, trailing zeros dropped) and glyph ids as hex. Writing numbers by hand instead of through
/// <c>ToString</c> keeps them culture-free and allocation-free, which matters at a few hundred thousand per pack.
/// </summary>
internal sealed class PdfBytes(int capacity = 4096)
{
    private byte[] buffer = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Appends ASCII text (PDF syntax); characters above U+007F are a programming error.</summary>
    public PdfBytes Append(string ascii)
    {
        var span = Reserve(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }
        Length += ascii.Length;
        return this;
    }

    public PdfBytes Append(char ascii)
    {
        Reserve(1)[0] = (byte)ascii;
        Length++;
        return this;
    }

    public PdfBytes Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
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
        Length += 4;
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

    public byte[] ToArray() => Span.ToArray();

    private Span<byte> Reserve(int count)
    {
        if (Length + count > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + count));
        }
        return buffer.AsSpan(Length, count);
    }
}
