using System.Text;
using StudyKit.Reading;
using StudyKit.Tests.Devset;
using StudyKit.Tests.TestData;

namespace StudyKit.Tests.Reading;

public sealed class CorpusReaderTests
{
    private static Corpus Read(params (string File, string Text)[] documents) =>
        new CorpusReader().Read(documents.Select(d => new SourceDocument(d.File, d.Text)));

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t\n ")]
    public void Read_EmptyFile_ThrowsFileEmpty(string text)
    {
        var error = Assert.Throws<StudyKitInputException>(() => Read(("in/kosong.txt", text)));

        Assert.Equal("in/kosong.txt", error.SourcePath);
        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void Read_OnlyNoise_ThrowsNoArticleText()
    {
        var error = Assert.Throws<StudyKitInputException>(() => Read(("n.txt", "BERITA TERKAIT\n\n0 Komentar\n#HOT\nSCROLL TO CONTINUE WITH CONTENT")));

        Assert.Equal("no article text after removing noise", error.Message);
    }

    [Theory]
    [InlineData("Judul\0\0\0biner")]
    [InlineData("\u0001\u0002\u0003\u0004\u0005\u0006 ab")]
    public void Read_BinaryContent_ThrowsNotText(string text)
    {
        var error = Assert.Throws<StudyKitInputException>(() => Read(("b.txt", text)));

        Assert.Equal("not a text file", error.Message);
    }

    [Fact]
    public void Read_CrlfLfAndMixed_GiveTheSameArticle()
    {
        const string lf = "Judul Berita Hari Ini\n\nParagraf pertama di sini.\nParagraf kedua di sini.";
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        var mixed = "Judul Berita Hari Ini\r\n\nParagraf pertama di sini.\rParagraf kedua di sini.";

        var texts = new[] { lf, crlf, mixed }.Select(t => Read(("a.txt", t)).Articles[0].Text).Distinct().ToList();

        Assert.Equal("Paragraf pertama di sini.\n\nParagraf kedua di sini.", Assert.Single(texts));
    }

    [Fact]
    public void Read_NoiseLine_KeepsSourceLineNumberAndText()
    {
        var article = Read(("a.txt", "Judul Berita\r\n\r\nIsi pertama.\r\nBaca Juga: Harga Cabai Naik\r\nIsi kedua.")).Articles[0];

        var noise = Assert.Single(article.Noise);
        Assert.Equal(4, noise.Line);
        Assert.Equal("Baca Juga: Harga Cabai Naik", noise.Text);
        Assert.Equal(["Isi pertama.", "Isi kedua."], article.Paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2], article.Paragraphs.Select(p => p.Number.Value));
        Assert.Equal([3, 5], article.Paragraphs.Select(p => p.SourceLine ?? 0));
    }

    [Fact]
    public void Read_Mojibake_IsRepairedInTheText()
    {
        var article = Read(("a.txt", "Judul\nTiara milik Ratu Marie-AmÃ©lie dicuri.")).Articles[0];

        Assert.Contains("Marie-Amélie", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepairedText_IsReportedAsDiagnostics()
    {
        var corpus = Read(("a.txt", "Judul\nRatu Marie-AmÃ©lie datang , kata nya ."), ("b.txt", "Judul\nTeks yang bersih."));

        Assert.Equal(["a:detokenised", "a:mojibake-repaired"], corpus.Diagnostics
            .Where(d => d.Code is "detokenised" or "mojibake-repaired").Select(d => $"{d.Article}:{d.Code}"));
    }

    [Fact]
    public void Read_HtmlFile_ReadsBlocksAsLinesAndDropsScripts()
    {
        const string html = "<!DOCTYPE html><html><head><script>var a = \"x\";</script><style>p{}</style></head><body>"
            + "<h1>Banjir Rendam Tiga Desa</h1><p>BOGOR, KOMPAS.com - Hujan deras turun &amp; air naik.</p>"
            + "<p>Baca juga: Jalan Tol Ditutup</p><p>Warga <b>mengungsi</b> ke balai desa.</p></body></html>";

        var article = Read(("banjir.html", html)).Articles[0];

        Assert.Equal("Banjir Rendam Tiga Desa", article.Title);
        Assert.Equal("Kompas.com", article.Outlet);
        Assert.Equal(["BOGOR, KOMPAS.com - Hujan deras turun & air naik.", "Warga mengungsi ke balai desa."], article.Paragraphs.Select(p => p.Text));
        Assert.Equal("related-link", Assert.Single(article.Noise).Reason);
    }

    [Fact]
    public void Read_Labels_FollowOrdinalFileNameOrder()
    {
        var corpus = Read(("b.txt", "Isi b di sini."), ("a.txt", "Isi a di sini."), ("B.txt", "Isi B di sini."));

        Assert.Equal(["B.txt", "a.txt", "b.txt"], corpus.Articles.Select(a => a.File));
        Assert.Equal(["A", "B", "C"], corpus.Articles.Select(a => a.Label.Value));
        Assert.Equal("a", corpus.Articles[1].Id.Value);
    }

    [Fact]
    public void Read_Seeds_EverySpanMatchesItsText()
    {
        AssertSpans(Seeds.Corpus());
    }

    [Fact]
    public void Read_Devset_EverySpanMatchesItsText()
    {
        var devset = SharedFolder.DevsetOrSkip();
        var documents = Directory.GetFiles(Path.Combine(devset, "articles")).Order(StringComparer.Ordinal)
            .Select(p => new SourceDocument(Path.GetFileName(p), File.ReadAllText(p)));

        AssertSpans(new CorpusReader().Read(documents));
    }

    [Fact]
    public void Read_Twice_GivesIdenticalResults()
    {
        var first = Seeds.Corpus();
        var second = Seeds.Corpus();

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Read_TwentyThousandParagraphs_ReadsEveryParagraph()
    {
        var text = new StringBuilder("Judul Panjang Sekali\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("Paragraf ke-").Append(i).Append(" berisi \"kutipan. Dua kalimat,\" kata Ani. Lalu Rp 11.000 dibayar.\n");
        }

        var article = Read(("long.txt", text.ToString())).Articles[0];

        Assert.Equal(20_000, article.Paragraphs.Length);
        Assert.Equal(40_000, article.Sentences.Length);
    }

    private static void AssertSpans(Corpus corpus)
    {
        foreach (var article in corpus.Articles)
        {
            Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), article.Text);
            foreach (var paragraph in article.Paragraphs)
            {
                Assert.Equal(paragraph.Text, article.Text[paragraph.Span.Start..paragraph.Span.End]);
            }
            foreach (var sentence in article.Sentences)
            {
                Assert.Equal(sentence.Text, article.Text[sentence.Span.Start..sentence.Span.End]);
                var paragraph = article.ParagraphAt(sentence.Span.Start);
                Assert.Equal(sentence.Paragraph, paragraph?.Number);
                Assert.True(paragraph!.Span.Contains(sentence.Span));
            }
            Assert.Equal(
                article.Paragraphs.Sum(p => p.Text.Count(c => !char.IsWhiteSpace(c))),
                article.Sentences.Sum(s => s.Text.Count(c => !char.IsWhiteSpace(c))));
        }
    }

    private static string Describe(Corpus corpus) => string.Join("\n", corpus.Articles.Select(a =>
        $"{a.Id}|{a.Label}|{a.Title}|{a.Outlet}|{string.Join(",", a.Authors)}|{a.Editor}|{a.Published}|{a.Dateline}|{string.Join(",", a.Wire)}|{a.Language}|{a.Text}|"
        + string.Join(";", a.Sentences.Select(s => $"{s.Paragraph}:{s.Span}"))
        + string.Join(";", a.Noise.Select(n => $"{n.Line}:{n.Reason}:{n.Text}"))))
        + string.Join("\n", corpus.Diagnostics.Select(d => $"{d.Article}|{d.Code}|{d.Message}"));
}
