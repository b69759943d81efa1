using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

/// <summary>The fallback sentence splitter facts use while the reader gives no sentences.</summary>
public sealed partial class FactExtractorTests
{
    private static List<string> Split(string paragraph) =>
        SentenceSpans.Of(FactArticles.Make("a", ArticleLanguage.Id, paragraph)).Select(s => s.Text).ToList();

    [Theory]
    [InlineData("Pelabuhan menangani 11.000 kontainer. Jumlah itu naik.", 2)]
    [InlineData("Kesepakatan diteken Rabu (19/6/2024). Pakta itu berlaku.", 2)]
    [InlineData("Dr. Sutanto hadir di Jl. Merdeka No. 5 pagi ini. Ia datang sendiri.", 2)]
    [InlineData("Harga Rp. 2.375.000 sudah termasuk pajak. Pembeli senang.", 2)]
    [InlineData("Ia berkata, \"Kami siap. Kami tidak takut.\" Lalu ia pergi.", 2)]
    [InlineData("Mr. Blair met J. Smith in London. They talked.", 2)]
    [InlineData("Skor akhir 2.5 tidak mungkin. Skor akhirnya 0-3.", 2)]
    public void SentenceSpans_Hazards_SplitOnlyAtRealEnds(string paragraph, int count)
    {
        Assert.Equal(count, Split(paragraph).Count);
    }

    [Fact]
    public void SentenceSpans_ReaderSentences_ArePreferred()
    {
        var article = FactArticles.Make("a", ArticleLanguage.Id, "Satu dua. Tiga empat.");
        var whole = new Sentence(new ParagraphNumber(1), new TextSpan(0, article.Text.Length), article.Text);

        var sentences = SentenceSpans.Of(article with { Sentences = [whole] });

        Assert.Equal([whole], sentences);
    }

    [Fact]
    public void SentenceSpans_Spans_EqualTheirText()
    {
        var article = FactArticles.Make("a", ArticleLanguage.Id, "Satu dua tiga.  Empat lima!", "Enam tujuh? Delapan.");

        Assert.All(SentenceSpans.Of(article), s => Assert.Equal(article.Text[s.Span.Start..s.Span.End], s.Text));
        Assert.Equal(["Satu dua tiga.", "Empat lima!", "Enam tujuh?", "Delapan."], SentenceSpans.Of(article).Select(s => s.Text));
    }
}
