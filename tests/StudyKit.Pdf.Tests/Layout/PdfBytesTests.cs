using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class PdfBytesTests
{
    /// <summary>The same appends into a chunked and a plain buffer: numbers, text, and runs of bytes up to past a chunk.</summary>
    private static void Fill(PdfBytes bytes, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 3_000; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    bytes.Number(random.NextDouble() * 1000, 2).Append(' ');
                    break;
                case 1:
                    bytes.Append("BT /F0 10 Tf ").Append(i);
                    break;
                case 2:
                    bytes.Hex4(random.Next(65536));
                    break;
                default:
                    var run = new byte[random.Next(i % 500 == 0 ? 150_000 : 2_000)];
                    random.NextBytes(run);
                    bytes.Append(run);
                    break;
            }
        }
    }

    [Fact]
    public void ToArray_Chunked_GivesTheBytesOfAPlainBuffer()
    {
        var plain = new PdfBytes();
        var chunked = new PdfBytes(64 * 1024, chunked: true);

        Fill(plain, 1);
        Fill(chunked, 1);

        Assert.True(chunked.Length > 200_000);
        Assert.Equal(plain.Length, chunked.Length);
        Assert.Equal(plain.ToArray(), chunked.ToArray());
    }

    [Fact]
    public void ToArray_ChunkedClearedAndFilledAgain_GivesOnlyTheNewBytes()
    {
        var chunked = new PdfBytes(64 * 1024, chunked: true);
        Fill(chunked, 1);
        chunked.Clear();
        var plain = new PdfBytes();

        Fill(chunked, 2);
        Fill(plain, 2);

        Assert.Equal(plain.ToArray(), chunked.ToArray());
    }

    [Fact]
    public void Span_ChunkedPastOneChunk_Throws()
    {
        var chunked = new PdfBytes(64 * 1024, chunked: true);
        chunked.Append(new byte[70_000]);

        Assert.Throws<InvalidOperationException>(() => chunked.Span.Length);
    }
}
