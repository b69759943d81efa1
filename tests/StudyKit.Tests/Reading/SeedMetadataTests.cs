using StudyKit.Reading;
using StudyKit.Tests.TestData;

namespace StudyKit.Tests.Reading;

public sealed class SeedMetadataTests
{
    private static readonly Lazy<Corpus> Corpus = new(Seeds.Corpus);

    private static Article Seed(string prefix) => Corpus.Value.Articles.Single(a => a.File.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Seeds_Labels_FollowOrdinalFileOrder()
    {
        Assert.Equal(["A", "B", "C", "D", "E"], Corpus.Value.Articles.Select(a => a.Label.Value));
        Assert.Equal("000_223a340c352cfb23", Corpus.Value.Articles[0].Id.Value);
    }

    [Fact]
    public void Seed000_ViewCounterOnly_NoOutletNoDate()
    {
        var article = Seed("000");

        Assert.Equal("Putin dan Kim Jong Un Menandatangani Pakta Perjanjian Pertahanan, Membuat AS Merasa Gelisah", article.Title);
        Assert.Null(article.Outlet);
        Assert.Null(article.Published);
        Assert.Empty(article.Wire);
        Assert.Equal(ArticleLanguage.Id, article.Language);
    }

    [Fact]
    public void Seed001_Masthead_GivesOutletAndTimestamp()
    {
        var article = Seed("001");

        Assert.Equal("Tampang", article.Outlet);
        Assert.Equal("2024-06-20T18:34+07:00", article.Published?.ToString());
        Assert.Equal("Putin dan Kim Jong Un Teken Pakta Pertahanan, AS Cs Panik", article.Title);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Wire);
    }

    [Fact]
    public void Seed002_BylineAndPhotoCredit_GiveAuthorDateDatelineWire()
    {
        var article = Seed("002");

        Assert.Equal(["Yati Maulana"], article.Authors);
        Assert.Equal("2024-06-19T01:01+07:00", article.Published?.ToString());
        Assert.Equal("MOSKOW", article.Dateline);
        Assert.Equal(["Reuters"], article.Wire);
        Assert.Equal("Setelah 24 Tahun Hari Ini Putin Kunjungi Korea Utara, Gedung Putih Merasa Terganggu", article.Title);
        Assert.StartsWith("MOSKOW - Presiden Rusia", article.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003_CreditLineFirst_NoTitleKontanReutersHandoyoSeoul()
    {
        var article = Seed("003");

        Assert.Null(article.Title);
        Assert.Equal("Kontan", article.Outlet);
        Assert.Equal(["Reuters"], article.Wire);
        Assert.Equal("Handoyo", article.Editor);
        Assert.Equal("SEOUL", article.Dateline);
        Assert.Empty(article.Authors);
        Assert.StartsWith("KONTAN.CO.ID - SEOUL.", article.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed004_OlehByline_GivesTwoAuthorsAndTitleWire()
    {
        var article = Seed("004");

        Assert.Equal(["Jack Kim", "Ju-min Park"], article.Authors);
        Assert.Equal(["Reuters"], article.Wire);
        Assert.Equal("Pakta baru antara Korea Utara dan Rusia menuntut bantuan militer segera jika diserang oleh Reuters.", article.Title);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void Seeds_SubheadingsInCapitals_StayInTheText()
    {
        Assert.Contains(Seed("002").Paragraphs, p => p.Text == "PUTIN DAN KIM");
        Assert.DoesNotContain(Seed("002").Noise, n => n.Text == "PUTIN DAN KIM");
    }

    [Fact]
    public void Seeds_Diagnostics_NameWhatIsMissing()
    {
        var diagnostics = Corpus.Value.Diagnostics;

        Assert.Contains(diagnostics, d => d.Article?.Value == "003_7c45ee597c59f3c9" && d.Code == "no-title");
        Assert.Contains(diagnostics, d => d.Article?.Value == "000_223a340c352cfb23" && d.Code == "no-outlet");
        Assert.DoesNotContain(diagnostics, d => d.Article?.Value == "001_24db7247ff5575ea" && d.Code is "no-outlet" or "no-date");
    }
}
