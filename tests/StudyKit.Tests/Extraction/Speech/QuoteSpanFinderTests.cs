using StudyKit.Extraction;

namespace StudyKit.Tests.Extraction.Speech;

public sealed class QuoteSpanFinderTests
{
    private static List<string> Texts(string passage)
    {
        var article = SpeechCorpus.Article(passage);
        return [.. QuoteSpanFinder.Find(article).Select(s => article.Text[s.Start..s.End])];
    }

    [Fact]
    public void Find_CurlyMarks_PairsByDirection()
    {
        Assert.Equal(["Kami siap,", "mitra"], Texts("“Kami siap,” kata Ani tentang “mitra” itu."));
    }

    [Fact]
    public void Find_MergedParagraphs_StraightOpenerEndsOpenQuote()
    {
        var texts = Texts("He told BBC News: \"They are not as close as they once were. \"What the book says is true. \"I think so.\" Then he left.");
        Assert.Equal(["They are not as close as they once were.", "What the book says is true.", "I think so."], texts);
    }

    [Fact]
    public void Find_OrphanClose_StartsAtParagraphStart()
    {
        Assert.Equal(["Kami menunggu bantuan,"], Texts("Kami menunggu bantuan,” ujar Slamet."));
    }

    [Fact]
    public void Find_OrphanCloseAfterClosedQuote_StartsAfterPreviousClose()
    {
        Assert.Equal(["akan membantu,", "ekonomi dan keamanan."], Texts("Dia bilang kerja sama itu \"akan membantu,\" ekonomi dan keamanan.\""));
    }

    [Fact]
    public void Find_TokenisedSpacing_PairsStraightMarks()
    {
        Assert.Equal(["Kami kalah , tetapi bermain bagus ,"], Texts("Ia berkata . \" Kami kalah , tetapi bermain bagus , \" ujar Simon ."));
    }

    [Fact]
    public void Find_UnclosedAtParagraphEnd_RunsToParagraphEnd()
    {
        Assert.Equal(["I have dealt with this.", "What both of us do matters."], Texts("Mr Blair said: \"I have dealt with this.\n\n\"What both of us do matters.\""));
    }

    [Fact]
    public void Find_NestedSingleQuotes_StayInsideOuterQuote()
    {
        Assert.Equal(["Saham terdampak 'ketidakpastian tarif' tahun ini,"], Texts("\"Saham terdampak 'ketidakpastian tarif' tahun ini,\" kata Lucas."));
    }
}
