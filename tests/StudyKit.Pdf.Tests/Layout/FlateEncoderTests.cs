using System.IO.Compression;
using System.Text;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class FlateEncoderTests
{
    private static byte[] Inflate(byte[] deflated)
    {
        using var input = new ZLibStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Noise(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Lines like those of a page's content stream: operators, numbers and glyph ids that repeat.</summary>
    private static byte[] ContentStream(int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"1 0 0 1 56.69 {780 - (i * 13.2):0.##} Tm (\0\u0012\0{(char)(i % 90 + 32)}\0D\0\u0007) Tj\n");
        }
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    public static TheoryData<string, byte[]> Inputs() => new()
    {
        { "empty", [] },
        { "one byte", [42] },
        { "three bytes", "abc"u8.ToArray() },
        { "every byte value", Enumerable.Range(0, 256).Select(b => (byte)b).ToArray() },
        { "incompressible", Noise(100_000, 7) },
        { "one byte repeated", Enumerable.Repeat((byte)'a', 1_000_000).ToArray() },
        { "long repeat far back", [.. Noise(32_000, 3), .. Noise(32_000, 3), .. Noise(40_000, 4), .. Noise(40_000, 4)] },
        { "content stream", ContentStream(2_000) },
        { "text", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Menteri itu mengatakan, “harga beras naik 3,5 persen.” ", 300))) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Deflate_Input_InflatesBackWithZLibStream(string name, byte[] data)
    {
        var deflated = new FlateEncoder().Deflate(data);

        Assert.True(data.AsSpan().SequenceEqual(Inflate(deflated)), name);
    }

    [Fact]
    public void Deflate_ContentStream_CompressesLikeZlibFastest()
    {
        var data = ContentStream(2_000);

        var deflated = new FlateEncoder().Deflate(data);

        Assert.InRange(deflated.Length, 1, PdfBytes.Deflate(data, CompressionLevel.Fastest).Length * 1.25);
    }

    [Fact]
    public void Deflate_AfterOtherStreams_GivesTheBytesOfAFreshEncoder()
    {
        var page = ContentStream(300);
        var reused = new FlateEncoder();
        reused.Deflate(ContentStream(500));
        reused.Deflate(page.AsSpan(0, 1000));

        var again = reused.Deflate(page);

        Assert.Equal(new FlateEncoder().Deflate(page), again);
        Assert.Equal(page, Inflate(again));
    }

    [Fact]
    public void Deflate_PositionsRunningOut_StartsAfreshWithTheSameBytes()
    {
        var encoder = new FlateEncoder(int.MaxValue - 15_000);
        var page = ContentStream(300);

        var first = encoder.Deflate(page);
        var second = encoder.Deflate(page);

        Assert.Equal(page, Inflate(first));
        Assert.Equal(first, second);
    }
}
