using StudyKit.Reading;

namespace StudyKit.Tests.Reading;

public sealed class NoiseClassifierTests
{
    [Theory]
    [InlineData("Baca Juga: Harga Emas Naik Lagi Pekan Ini", "related-link")]
    [InlineData("BACA JUGA: Banjir Rendam Tiga Desa", "related-link")]
    [InlineData("MEMBACA\u00a0 Menteri meninjau pelabuhan baru", "related-link")]
    [InlineData("BERITA TERKAIT", "related-link")]
    [InlineData("BACA BERITA LAINNYA", "related-link")]
    [InlineData("0 Komentar", "comments")]
    [InlineData("Belum ada komentar di artikel ini.", "comments")]
    [InlineData("POLLING", "poll")]
    [InlineData("by -12 Views", "view-counter")]
    [InlineData("1.204 kali dibaca", "view-counter")]
    [InlineData("242", "counter")]
    [InlineData("0 0", "counter")]
    [InlineData("Sumber foto: Antara", "photo-credit")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT", "advertisement")]
    [InlineData("ADVERTISEMENT", "advertisement")]
    [InlineData("Simak juga Video 'Jalan Tol Baru Dibuka':", "video-promo")]
    [InlineData("Simak juga Video: Warga Antre Minyak Goreng", "video-promo")]
    [InlineData("#HOT", "hashtag")]
    [InlineData("#banjir #jakarta", "hashtag")]
    [InlineData("<123>", "embed")]
    [InlineData("[Gambas:Video CNN]", "embed")]
    [InlineData("• News", "navigation")]
    [InlineData("Read more: Storm warnings issued", "related-link")]
    public void Classify_NoiseLine_GivesReason(string line, string reason)
    {
        Assert.Equal(reason, NoiseClassifier.Classify(TextRepair.Line(line)));
    }

    [Theory]
    [InlineData("PUTIN DAN KIM")]
    [InlineData("Presiden membaca pidato di depan parlemen.")]
    [InlineData("Membaca buku adalah hobinya sejak kecil.")]
    [InlineData("Komentar presiden memicu perdebatan panjang di parlemen.")]
    [InlineData("Simak saja apa yang terjadi nanti, katanya.")]
    [InlineData("\"Baca juga aturannya,\" kata dia.")]
    [InlineData("Pada 2024 jumlahnya 242 orang.")]
    [InlineData("Foto-foto itu beredar luas di media sosial.")]
    public void Classify_NewsLine_IsNotNoise(string line)
    {
        Assert.Null(NoiseClassifier.Classify(line));
    }

    [Fact]
    public void CutInline_TokenisedTeasersEmbedAndDeskCode_CutsEachAndKeepsText()
    {
        const string line = "Jokowi berjanji memperkuat KPK . Lihat juga : Pansel Bela Calon soal Dugaan Etik \" Kami menagih janji , \" ujar Ani . "
            + "Lihat juga : Surpres Terbit , KPK Pegang Janji Jokowi Ia juga berharap DPR bertindak . [ Gambas : Video CNN ] ( psp / wis )";
        var cuts = new List<(string Text, string Reason)>();

        var text = NoiseClassifier.CutInline(line, cuts);

        Assert.Equal(
            [
                "Lihat juga : Pansel Bela Calon soal Dugaan Etik",
                "Lihat juga : Surpres Terbit , KPK Pegang Janji Jokowi",
                "[ Gambas : Video CNN ]",
                "( psp / wis )",
            ],
            cuts.Select(c => c.Text));
        Assert.Equal("Jokowi berjanji memperkuat KPK . \" Kami menagih janji , \" ujar Ani . Ia juga berharap DPR bertindak .", text);
    }

    [Fact]
    public void Read_PollHead_TakesItsQuestionAsNoise()
    {
        var article = new CorpusReader().Read([new SourceDocument("p.txt", "Judul Berita\n\nIsi berita di sini.\n\nPOLLING\n\nSetujukah Anda dengan kebijakan ini?")]).Articles[0];

        Assert.Equal(["poll", "poll"], article.Noise.Select(n => n.Reason));
        Assert.Equal([5, 7], article.Noise.Select(n => n.Line));
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Read_RepeatedTitleAsCaption_IsNoise()
    {
        var article = new CorpusReader().Read([new SourceDocument("c.txt", "Banjir Rendam Tiga Desa\n\nBanjir Rendam Tiga Desa Warga mengungsi ke balai desa.\n\nAir mulai naik sejak Senin malam.")]).Articles[0];

        Assert.Equal("Banjir Rendam Tiga Desa", article.Title);
        Assert.Equal("photo-caption", Assert.Single(article.Noise).Reason);
        Assert.Equal("Air mulai naik sejak Senin malam.", Assert.Single(article.Paragraphs).Text);
    }
}
