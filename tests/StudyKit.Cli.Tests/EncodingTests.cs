using System.Text;

namespace StudyKit.Cli.Tests;

public sealed class EncodingTests
{
    private const string Article = "Judul Berita\n\n\u201cKami siap,\u201d kata Menteri Luar Negeri Retno Marsudi di Jakarta, Senin (19/6/2024).\n\nIa menambahkan bahwa pertemuan berlangsung tiga jam.\n";

    [Fact]
    public void Extract_Utf16WithBom_ReadsLikeUtf8()
    {
        using var cli = new CliHarness();
        var utf8 = cli.Write("a/berita.txt", Encoding.UTF8.GetBytes(Article));
        var utf16 = cli.Write("b/berita.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]);

        var fromUtf8 = cli.Run("extract", utf8);
        var fromUtf16 = cli.Run("extract", utf16);

        Assert.Equal(0, fromUtf16.Exit);
        Assert.Equal(fromUtf8.Out, fromUtf16.Out);
    }

    [Fact]
    public void Extract_CrlfAndMixedLineEnds_ReadLikeLf()
    {
        using var cli = new CliHarness();
        var lf = cli.Write("a/berita.txt", Article);
        var crlf = cli.Write("b/berita.txt", Article.Replace("\n", "\r\n", StringComparison.Ordinal));
        var mixed = cli.Write("c/berita.txt", Article.Replace("\n\n", "\r\n\n", StringComparison.Ordinal));

        var expected = cli.Run("extract", lf).Out;

        Assert.Equal(expected, cli.Run("extract", crlf).Out);
        Assert.Equal(expected, cli.Run("extract", mixed).Out);
    }
}
