using System.Text;
using StudyKit.Export;

namespace StudyKit.Cli.Tests.Hardening;

/// <summary>Issue 6, bad input: odd encodings, line ends, sizes and shapes of articles. Each gets a
/// one-line error naming the file (exit 1) or a graceful result.</summary>
public sealed class ArticleInputTests
{
    [Fact]
    public void Extract_Utf16BigEndianWithBom_ReadsLikeUtf8()
    {
        using var cli = new CliHarness();
        var text = Expect.Article(1);
        var utf8 = cli.Write("a/berita.txt", text);
        var utf16 = cli.Write("b/berita.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]);

        var expected = cli.Run("extract", utf8);
        var actual = cli.Run("extract", utf16);

        Expect.Ok(actual);
        Assert.Equal(expected.Out, actual.Out);
    }

    [Fact]
    public void Extract_Utf8BomAndOldMacLineEnds_ReadLikePlainLf()
    {
        using var cli = new CliHarness();
        var text = Expect.Article(2);
        var plain = cli.Write("a/berita.txt", text);
        var bomCr = cli.Write("b/berita.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r", StringComparison.Ordinal))]);

        var actual = cli.Run("extract", bomCr);

        Expect.Ok(actual);
        Assert.Equal(cli.Run("extract", plain).Out, actual.Out);
    }

    [Fact]
    public void Extract_Utf16WithoutBom_IsRejectedAsNotText()
    {
        using var cli = new CliHarness();
        var file = cli.Write("berita.txt", Encoding.Unicode.GetBytes(Expect.Article(3)));

        Expect.OneLineError(cli.Run("extract", file), file, "NUL characters");
    }

    [Fact]
    public void Generate_FiftyMegabyteOneLineFile_StopsAtTheSizeLimitAndNamesTheOption()
    {
        using var cli = new CliHarness();
        var file = cli.PathOf("dump.txt");
        using (var stream = File.Create(file))
        {
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("kata “siap,” ujar Ani 11.000 ", 2000)));
            for (var written = 0L; written < 50L * 1024 * 1024; written += chunk.Length)
            {
                stream.Write(chunk);
            }
        }
        var output = cli.PathOf("out");

        Expect.OneLineError(cli.Run("generate", file, "--out", output), file, "raise it with --max-size");
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Extract_TwentyThousandParagraphs_UnderTheLimit_Completes()
    {
        using var cli = new CliHarness();
        var text = new StringBuilder("Laporan Panjang Sekali\n\n");
        for (var i = 1; i <= 20_000; i++)
        {
            text.Append("Paragraf ").Append(i).Append(" singkat.\n\n");
        }
        var file = cli.Write("panjang.txt", text.ToString());
        var json = cli.PathOf("findings.json");

        Expect.Ok(cli.Run("extract", file, "--out", json));

        using var findings = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(json));
        var paragraphs = findings.RootElement.GetProperty("articles")[0].GetProperty("paragraphs");
        Assert.Equal(20_000, paragraphs.GetArrayLength());
    }

    [Theory]
    [InlineData("no-quotes", "Anggaran Naik Tahun Ini\n\nPemerintah menambah anggaran sebesar Rp 12 triliun pada 2024.\n\nDPR menyetujui tambahan itu di Jakarta pada 19 Juni 2024.\n")]
    [InlineData("no-numbers", "Menteri Bicara\n\n“Kami siap bekerja keras,” kata Menteri Keuangan Sri Mulyani di Jakarta.\n\nIa menambahkan bahwa semua pihak harus ikut membantu.\n")]
    [InlineData("no-title", "“Kami siap bekerja keras untuk rakyat,” kata Menteri Keuangan Sri Mulyani di Jakarta.\n")]
    [InlineData("one-word", "Halo\n")]
    public void Generate_ThinArticle_BesideOthers_StillWrites(string name, string text)
    {
        using var cli = new CliHarness();
        cli.Write($"news/{name}.txt", text);
        cli.Write("news/b.txt", Expect.Article(5));
        cli.Write("news/c.txt", Expect.Article(7, "Tempo"));
        var output = cli.PathOf("out");

        Expect.Ok(cli.Run("generate", cli.PathOf("news"), "--out", output, "--format", "json,csv"));

        // The thin article is read with the others, and the others still give items.
        using var bank = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "bank.json")));
        var files = bank.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).ToList();
        Assert.Equal(["b.txt", "c.txt", $"{name}.txt"], files.Order(StringComparer.Ordinal));
        var cited = bank.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("article").GetString()).ToHashSet();
        var ids = bank.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => a.GetProperty("file").GetString() is "b.txt" or "c.txt").Select(a => a.GetProperty("id").GetString());
        Assert.All(ids, id => Assert.Contains(id, cited));
    }

    [Theory]
    [InlineData("Halo\n")]
    [InlineData("“Kami siap bekerja keras untuk rakyat,” kata Menteri Keuangan Sri Mulyani di Jakarta.\n")]
    public void Items_ThinArticleAlone_WritesABank(string text)
    {
        using var cli = new CliHarness();
        var file = cli.Write("tipis.txt", text);
        var bank = cli.PathOf("bank.json");

        Expect.Ok(cli.Run("items", file, "--out", bank));

        Assert.Single(BankFile.Read(File.ReadAllBytes(bank), bank).Articles);
    }

    [Fact]
    public void Generate_SingleArticle_SkipsComparisonsWithAReasonAndWritesTheRest()
    {
        using var cli = new CliHarness();
        var file = Directory.GetFiles(CliHarness.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var output = cli.PathOf("out");

        Expect.Ok(cli.Run("generate", file, "--out", output, "--format", "json,csv,gift"));

        var bank = BankFile.Read(File.ReadAllBytes(Path.Combine(output, "bank.json")), "bank.json");
        Assert.NotEmpty(bank.Items);
        Assert.Contains(bank.Rejections, r => r.Reason == StudyKit.Items.RejectionReason.NeedsTwoArticles);
        var inspect = cli.Run("inspect", file);
        Expect.Ok(inspect);
        Assert.Contains("NeedsTwoArticles", inspect.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_TwoHundredArticles_Completes()
    {
        using var cli = new CliHarness();
        for (var i = 0; i < 200; i++)
        {
            cli.Write(FormattableString.Invariant($"news/berita-{i:000}.txt"), Expect.Article(i + 1, i % 2 == 0 ? "Kompas" : "Tempo"));
        }
        var output = cli.PathOf("out");

        Expect.Ok(cli.Run("generate", cli.PathOf("news"), "--out", output, "--format", "json,csv"));

        using var pack = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "bank.json")));
        Assert.Equal(200, pack.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Extract_SameStemInTwoFolders_NamesTheClash()
    {
        using var cli = new CliHarness();
        cli.Write("a/berita.txt", Expect.Article(1));
        var second = cli.Write("b/berita.md", Expect.Article(2));

        Expect.OneLineError(cli.Run("extract", cli.PathOf("a"), cli.PathOf("b")), second, "same name 'berita'");
    }
}
