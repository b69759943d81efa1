using UglyToad.PdfPig;

namespace StudyKit.Cli.Tests.Hardening;

/// <summary>Issue 6, hostile text in the PDF: right-to-left scripts, emoji, stacked combining marks,
/// 500-character words, control and bidi-override characters. Rendered or replaced, never a crash.</summary>
public sealed class HostileTextTests
{
    private static readonly string LongWord = string.Concat(Enumerable.Repeat("antidisestablishmentarianism", 18));

    private static string Hostile(int n) => $"""
        Judul {n}: مرحبا بالعالم שלום \U0001F600\U0001F469\u200D\U0001F393 Z\u0336\u0335\u0334a\u0301\u0302\u0303\u0304\u0305l\u0327\u0328g\u0311o
        Kompas - Jakarta

        “Kami siap menambah {n}.000 pekerja, مرحبا بكم \U0001F44D\U0001F3FD,” kata Menteri Keuangan Sri Mulyani di Jakarta, Senin (19/6/2024).

        {LongWord} adalah kata panjang yang ditulis {n} kali di sini.

        Teks dengan kontrol \u0007\u001B[31m merah\u202E terbalik\u202C dan\u200B tanpa\uFEFF spasi, serta \uFFFD dan \uD83D sendirian.

        Menurut Ketua DPR Puan Maharani, pembahasan akan selesai dalam {n + 2} pekan, ujar ‏النائب‎.

        """;

    [Fact]
    public void Generate_HostileText_RendersEveryPdf()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", Hostile(3));
        cli.Write("news/b.txt", Hostile(5).Replace("Kompas", "Tempo", StringComparison.Ordinal));
        cli.Write("news/c.txt", Expect.Article(7));
        var output = cli.PathOf("out");

        Expect.Ok(cli.Run("generate", cli.PathOf("news"), "--out", output, "--format", "pdf,json,moodle,gift,anki,csv", "--variants", "2"));

        var pdfs = Directory.GetFiles(output, "*.pdf");
        Assert.NotEmpty(pdfs);
        foreach (var pdf in pdfs)
        {
            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages > 0, pdf);
        }
        using var worksheet = PdfDocument.Open(Path.Combine(output, "worksheet-variant-A.pdf"));
        var text = string.Concat(worksheet.GetPages().Select(p => p.Text));
        Assert.Contains("antidisestablishment", text, StringComparison.Ordinal);
        // The articles appendix prints the hostile lines: the Latin words around them survive, right-to-left
        // script and emoji the font cannot draw become the placeholder, and no control or bidi override is drawn.
        Assert.Contains("terbalik", text, StringComparison.Ordinal);
        Assert.Contains("Maharani", text, StringComparison.Ordinal);
        Assert.Contains("□", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001B", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
    }
}
