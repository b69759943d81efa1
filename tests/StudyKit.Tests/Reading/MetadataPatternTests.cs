using StudyKit.Reading;

namespace StudyKit.Tests.Reading;

/// <summary>One short hand-written passage per metadata pattern.</summary>
public sealed class MetadataPatternTests
{
    private static Article Read(string text, string file = "x.txt") =>
        new CorpusReader().Read([new SourceDocument(file, text)]).Articles.Single();

    [Fact]
    public void Read_CityCommaOutletDash_GivesDatelineAndOutlet()
    {
        var article = Read("Judul Berita Hari Ini\n\nJAKARTA, KOMPAS.com - Pemerintah mengumumkan kebijakan baru pada Senin.");

        Assert.Equal("JAKARTA", article.Dateline);
        Assert.Equal("Kompas.com", article.Outlet);
    }

    [Fact]
    public void Read_BoldMarkdownDateline_StripsMarksAndReadsOutlet()
    {
        var article = Read("Judul Berita\n\n**BANDUNG, KOMPAS.com** - Hujan deras melanda kota itu sejak pagi.");

        Assert.Equal("BANDUNG", article.Dateline);
        Assert.Equal("Kompas.com", article.Outlet);
        Assert.StartsWith("BANDUNG, KOMPAS.com - Hujan", article.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OutletCommaCityDash_GivesOutletAndDateline()
    {
        var article = Read("Judul Berita\nLiputan6.com, Jakarta - Harga beras naik lagi minggu ini.");

        Assert.Equal("Liputan6.com", article.Outlet);
        Assert.Equal("Jakarta", article.Dateline);
    }

    [Fact]
    public void Read_TokenisedCityOutlet_GivesCnnIndonesia()
    {
        var article = Read("Judul Berita\nSurabaya , CNN Indonesia -- Warga memadati alun-alun kota .");

        Assert.Equal("CNN Indonesia", article.Outlet);
        Assert.Equal("Surabaya", article.Dateline);
    }

    [Fact]
    public void Read_DomainDashCapitalCity_DropsCountrySuffix()
    {
        var article = Read("KONTAN.CO.ID - TOKYO. Bank sentral Jepang menahan suku bunga.");

        Assert.Equal("Kontan", article.Outlet);
        Assert.Equal("TOKYO", article.Dateline);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Read_OutletDashOnly_GivesOutletWithoutDateline()
    {
        var article = Read("Judul Berita\nSuara.com - Tim tamu menang tipis di laga tandang.");

        Assert.Equal("Suara.com", article.Outlet);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void Read_CityAgencyInBrackets_GivesDatelineAndWire()
    {
        var article = Read("Judul Berita\nSEOUL, 19 Juni (Reuters) - Korea Selatan memanggil duta besar Rusia.");

        Assert.Equal("SEOUL", article.Dateline);
        Assert.Equal(["Reuters"], article.Wire);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void Read_AntaraDateline_GivesOutletAndWire()
    {
        var article = Read("Judul Berita\nMedan (ANTARA) - Polisi menangkap dua tersangka.");

        Assert.Equal("Medan", article.Dateline);
        Assert.Equal("Antara", article.Outlet);
        Assert.Equal(["Antara"], article.Wire);
    }

    [Fact]
    public void Read_CapitalCityDash_GivesDatelineOnly()
    {
        var article = Read("Judul Berita\n\nBERLIN - Kanselir Jerman bertemu para menteri.");

        Assert.Equal("BERLIN", article.Dateline);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void Read_KnownCityOpeningLead_GivesDateline()
    {
        var article = Read("Judul Berita\nBandung Pelatih Persib mengumumkan skuad baru .");

        Assert.Equal("Bandung", article.Dateline);
    }

    [Fact]
    public void Read_CityContinuedByDirection_GivesNoDateline()
    {
        var article = Read("Judul Berita\nJakarta Selatan kembali dilanda banjir pada Senin.");

        Assert.Null(article.Dateline);
    }

    [Fact]
    public void Read_SourceAndEditorCredit_GivesWireAndEditor()
    {
        var article = Read("Sumber: AFP | Editor: Rina Sari\nPARIS - Museum ditutup sementara.");

        Assert.Equal(["AFP"], article.Wire);
        Assert.Equal("Rina Sari", article.Editor);
        Assert.DoesNotContain(article.Noise, n => n.Text.StartsWith("Sumber", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.StartsWith("Sumber", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NameBarDateByline_GivesAuthorAndDateWithWita()
    {
        var article = Read("Judul Berita\n\nBudi Hartono | Kamis, 05/09/2024 14:20 WITA\n\nIsi berita dimulai di sini.");

        Assert.Equal(["Budi Hartono"], article.Authors);
        Assert.Equal("2024-09-05T14:20+08:00", article.Published?.ToString());
    }

    [Fact]
    public void Read_TimestampWithCounter_GivesDateAndIsNoise()
    {
        var article = Read("Judul Berita\n\n3 Agu 2025 09:05 WIT. 57\n\nIsi berita dimulai di sini.");

        Assert.Equal("2025-08-03T09:05+09:00", article.Published?.ToString());
        Assert.Contains(article.Noise, n => n.Reason == "timestamp" && n.Line == 3);
    }

    [Fact]
    public void Read_OlehByline_GivesAuthorsInOrder()
    {
        var article = Read("Judul Berita\n\noleh Sari Dewi, Tom Lee dan Min-jun Kang\n\nIsi berita dimulai di sini.");

        Assert.Equal(["Sari Dewi", "Tom Lee", "Min-jun Kang"], article.Authors);
    }

    [Fact]
    public void Read_EnglishByline_GivesAuthors()
    {
        var article = Read("Storm hits coast\n\nBy Jane Doe and John Roe\n\nThe storm reached the coast on Monday and the town was flooded.");

        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal(ArticleLanguage.En, article.Language);
    }

    [Fact]
    public void Read_ReutersFooter_GivesAuthorAndEditor()
    {
        var article = Read("Storm hits coast\n\nThe storm reached the coast on Monday.\n\nReporting by Jane Doe; Editing by John Roe");

        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal("John Roe", article.Editor);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Read_MarkdownTable_GivesAuthorEditorAndNoise()
    {
        var article = Read("Judul\n\n| Field | Value |\n|---|---|\n| author | Ani Lestari |\n| editor | Joko Susilo |\n\nIsi berita di sini.");

        Assert.Equal(["Ani Lestari"], article.Authors);
        Assert.Equal("Joko Susilo", article.Editor);
        Assert.Equal(4, article.Noise.Count(n => n.Reason == "metadata-table"));
    }

    [Fact]
    public void Read_DatedSourceCredit_GivesWire()
    {
        var article = Read("Judul\nWarga turun ke jalan, dilansir Xinhua Senin (20/10/2025). Polisi berjaga.");

        Assert.Equal(["Xinhua"], article.Wire);
    }

    [Fact]
    public void Read_RunTogetherCredit_SplitsAndGivesBothSources()
    {
        var article = Read("Judul\nKabar itu beredar luas, seperti dilansirdetikNewsdariAl Jazeera, Selasa (21/10/2025).");

        Assert.Equal(["Al Jazeera", "detikNews"], article.Wire);
        Assert.Contains("dilansir detikNews dari Al Jazeera", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UndatedDilansir_IsNoWire()
    {
        var article = Read("Judul\n\"Kami khawatir,\" katanya, dilansir The Guardian. Rapat berlanjut.");

        Assert.Empty(article.Wire);
    }

    [Fact]
    public void Read_PhotoCaptionCredit_GivesWireAndIsNoise()
    {
        var article = Read("Judul Berita\nPresiden menyapa warga di Tokyo, 1 Mei 2024. AFP PHOTO\nIsi berita dimulai di sini.");

        Assert.Equal(["AFP"], article.Wire);
        Assert.Contains(article.Noise, n => n.Reason == "photo-caption");
    }

    [Fact]
    public void Read_TitleEndingWithOlehAgency_GivesWire()
    {
        var article = Read("Banjir melanda ibu kota oleh AP.\n\nAir naik sejak pagi.");

        Assert.Equal(["AP"], article.Wire);
    }

    [Fact]
    public void Read_SelfReference_GivesOutlet()
    {
        var article = Read("Judul\nDalam catatandetikcom, harga naik dua kali tahun ini.");

        Assert.Equal("detikcom", article.Outlet);
    }

    [Fact]
    public void Read_HeadlineOpeningWithCity_IsStillTheTitle()
    {
        var article = Read("Jakarta Banjir Lagi, Ribuan Warga Mengungsi\n\nHujan deras turun sejak Senin malam.");

        Assert.Equal("Jakarta Banjir Lagi, Ribuan Warga Mengungsi", article.Title);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void Read_HeadlineWithCityAndDash_IsStillTheTitle()
    {
        var article = Read("Jakarta - Bandung Kini Ditempuh Satu Jam\n\nKereta cepat mulai beroperasi pada Senin.");

        Assert.Equal("Jakarta - Bandung Kini Ditempuh Satu Jam", article.Title);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void Read_SourceLineNamingNoAgency_IsNoWire()
    {
        var article = Read("Judul\nInflasi turun pada Mei.\nSumber: Badan Pusat Statistik");

        Assert.Empty(article.Wire);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Read_EnglishWireDateline_GivesDatelineWireAuthorsWithoutPlace()
    {
        var article = Read("Storm hits coast\n\nWASHINGTON, June 20 (Reuters) - The storm reached the coast on Monday.\n\nReporting by Jane Doe in Washington and John Roe; Editing by Sam Poe");

        Assert.Equal("WASHINGTON", article.Dateline);
        Assert.Equal(["Reuters"], article.Wire);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("Sam Poe", article.Editor);
    }

    [Fact]
    public void Read_LabelledTimestamp_GivesDate()
    {
        var article = Read("Judul Berita\n\nDiperbarui: Selasa, 2 Januari 2024 pukul 07.45 WIB\n\nIsi berita dimulai di sini.");

        Assert.Equal("2024-01-02T07:45+07:00", article.Published?.ToString());
        Assert.Single(article.Paragraphs);
    }

    [Theory]
    [InlineData("Judul\n(Reuters) - Harga minyak naik pada Senin.", "Reuters")]
    [InlineData("Judul\nHarga minyak naik pada Senin.\nPara pedagang menunggu data baru. (ant)", "Antara")]
    [InlineData("Storm hits\n\nThe storm reached the coast on Monday. — AFP", "AFP")]
    public void Read_BracketOrDashCredit_GivesWire(string text, string wire)
    {
        Assert.Equal([wire], Read(text).Wire);
    }

    [Fact]
    public void Read_BracketedAcronymInSentence_IsNoWire()
    {
        var article = Read("Judul\nPT Angkasa Pura (AP) menambah penerbangan. Bandara sibuk.");

        Assert.Empty(article.Wire);
    }

    [Fact]
    public void Read_TitleCaseCityDash_GivesDateline()
    {
        var article = Read("Judul Berita\nBogor - Warga memadati pasar sejak pagi.");

        Assert.Equal("Bogor", article.Dateline);
    }

    [Fact]
    public void Read_ReporterOfOutletLine_GivesAuthorAndOutlet()
    {
        var article = Read("Judul Berita\n\nLaporan Wartawan Tribunnews.com, Ani Lestari\n\nTRIBUNNEWS.COM, JAKARTA - Harga beras naik.");

        Assert.Equal(["Ani Lestari"], article.Authors);
        Assert.Equal("Tribunnews.com", article.Outlet);
        Assert.Equal("JAKARTA", article.Dateline);
    }

    [Fact]
    public void Read_NameDashDetikByline_GivesAuthorAndOutlet()
    {
        var article = Read("Judul Berita\nAni Lestari - detikNews\nJakarta - Harga beras naik lagi.");

        Assert.Equal(["Ani Lestari"], article.Authors);
        Assert.Equal("detikNews", article.Outlet);
        Assert.Equal("Jakarta", article.Dateline);
    }

    [Fact]
    public void Read_OutletDashTimestamp_GivesOutletAndDate()
    {
        var article = Read("Judul Berita\nKompas.com - 20/05/2024, 10:00 WIB\nHarga beras naik lagi.");

        Assert.Equal("Kompas.com", article.Outlet);
        Assert.Equal("2024-05-20T10:00+07:00", article.Published?.ToString());
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Read_NoMetadata_LeavesEverythingNull()
    {
        var article = Read("Warga desa bergotong royong memperbaiki jembatan yang rusak. Pekerjaan selesai dalam dua hari.");

        Assert.Null(article.Title);
        Assert.Null(article.Outlet);
        Assert.Null(article.Published);
        Assert.Null(article.Dateline);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Wire);
    }

    [Fact]
    public void Read_BodyEventDate_IsNotThePublicationDate()
    {
        var article = Read("Judul\nRapat digelar pada Rabu (3/9/2025) di Jakarta.");

        Assert.Null(article.Published);
    }
}
