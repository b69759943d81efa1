using System.IO.Compression;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class PdfStreamCacheTests
{
    private static byte[] Inflate(byte[] deflated)
    {
        using var input = new ZLibStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void Deflated_SameBytesAgain_IsTheStoredStream()
    {
        var cache = new PdfStreamCache();
        var first = cache.Deflated("BT /F0 10 Tf 1 0 0 1 56 700 Tm (x) Tj ET\n"u8, new FlateEncoder());

        var second = cache.Deflated("BT /F0 10 Tf 1 0 0 1 56 700 Tm (x) Tj ET\n"u8.ToArray(), new FlateEncoder());

        Assert.Same(first, second);
        Assert.Equal("BT /F0 10 Tf 1 0 0 1 56 700 Tm (x) Tj ET\n"u8.ToArray(), Inflate(first));
    }

    [Fact]
    public void Deflated_OtherBytes_AreDeflatedThemselves()
    {
        var cache = new PdfStreamCache();
        cache.Deflated("BT /F0 10 Tf 1 0 0 1 56 700 Tm (x) Tj ET\n"u8, new FlateEncoder());

        var other = cache.Deflated("BT /F0 10 Tf 1 0 0 1 56 700 Tm (y) Tj ET\n"u8, new FlateEncoder());

        Assert.Equal("BT /F0 10 Tf 1 0 0 1 56 700 Tm (y) Tj ET\n"u8.ToArray(), Inflate(other));
    }
}
