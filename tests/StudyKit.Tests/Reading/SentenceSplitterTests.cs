using StudyKit.Reading;

namespace StudyKit.Tests.Reading;

public sealed class SentenceSplitterTests
{
    // Each case: a paragraph and its expected sentences separated by " || ".
    public static TheoryData<string, string> Hazards => new()
    {
        { "Harga cabai naik menjadi Rp 11.000 per kilogram. Pedagang mengeluh.", "Harga cabai naik menjadi Rp 11.000 per kilogram. || Pedagang mengeluh." },
        { "Rapat digelar pada 19/6/2024. Semua hadir.", "Rapat digelar pada 19/6/2024. || Semua hadir." },
        { "Presiden tiba pada Rabu (19/6). Ia disambut menteri.", "Presiden tiba pada Rabu (19/6). || Ia disambut menteri." },
        { "Pasien ditangani Dr. Andi Wijaya di ruang darurat.", "Pasien ditangani Dr. Andi Wijaya di ruang darurat." },
        { "Kantor itu berada di Jl. Merdeka No. 5 Bandung. Gedungnya baru.", "Kantor itu berada di Jl. Merdeka No. 5 Bandung. || Gedungnya baru." },
        { "Tiketnya seharga Rp. 2.375.000. Penonton tetap datang.", "Tiketnya seharga Rp. 2.375.000. || Penonton tetap datang." },
        { "Acara dibuka oleh H. Agus Salim di balai desa.", "Acara dibuka oleh H. Agus Salim di balai desa." },
        { "Saham PT Bank Maju Tbk. naik tajam hari ini.", "Saham PT Bank Maju Tbk. naik tajam hari ini." },
        { "Laporan ditulis oleh Donald J. Trump sendiri.", "Laporan ditulis oleh Donald J. Trump sendiri." },
        { "The meeting starts at 9 a.m. on Monday.", "The meeting starts at 9 a.m. on Monday." },
        { "He moved to the U.S. Army base last year.", "He moved to the U.S. Army base last year." },
        { "Mr. Blair spoke first. Mrs. Smith replied.", "Mr. Blair spoke first. || Mrs. Smith replied." },
        { "Inflasi naik 2,5 persen. Bank sentral waspada.", "Inflasi naik 2,5 persen. || Bank sentral waspada." },
        { "Growth was 2.5 percent. Analysts were surprised.", "Growth was 2.5 percent. || Analysts were surprised." },
        { "“Kami menunggu… lalu pulang,” katanya.", "“Kami menunggu… lalu pulang,” katanya." },
        { "\"Kami menunggu... Lalu kami pulang,\" katanya.", "\"Kami menunggu... Lalu kami pulang,\" katanya." },
        { "“Apakah energi? Kami tidak tahu,” katanya.", "“Apakah energi? Kami tidak tahu,” katanya." },
        { "\"Siapa yang datang?\" tanya ibu itu.", "\"Siapa yang datang?\" tanya ibu itu." },
        { "“Ini bagus. Itu juga bagus. Semua bagus,” ujar Budi. Ia lalu pergi.", "“Ini bagus. Itu juga bagus. Semua bagus,” ujar Budi. || Ia lalu pergi." },
        { "Ia berkata, “Saya lelah. Saya pulang.” Lalu ia pergi.", "Ia berkata, “Saya lelah. Saya pulang.” || Lalu ia pergi." },
        { "\" Kami sebelumnya kalah . Setelah itu , kami menang , \" kata nya .", "\" Kami sebelumnya kalah . Setelah itu , kami menang , \" kata nya ." },
        { "Suporter kecewa dengan hasil tersebut .Timnas Indonesia kalah lagi .", "Suporter kecewa dengan hasil tersebut . || Timnas Indonesia kalah lagi ." },
        { "Skor akhir 0-3.Timnas kalah telak.", "Skor akhir 0-3. || Timnas kalah telak." },
        { "Pertandingan digelar di Grup G.Bermain di kandang, tim kalah.", "Pertandingan digelar di Grup G. || Bermain di kandang, tim kalah." },
        { "KONTAN.CO.ID - SEOUL. Presiden Rusia tiba di Pyongyang.", "KONTAN.CO.ID - SEOUL. Presiden Rusia tiba di Pyongyang." },
        { "Berita dikutip dari Kompas.com pada pagi hari. Isinya singkat.", "Berita dikutip dari Kompas.com pada pagi hari. || Isinya singkat." },
        { "Rapat dimulai pukul 06.15 WIB. Semua peserta hadir.", "Rapat dimulai pukul 06.15 WIB. || Semua peserta hadir." },
        { "Dia membeli beras, gula, dll. Kemudian dia pulang.", "Dia membeli beras, gula, dll. || Kemudian dia pulang." },
        { "Penelitian oleh Sari dkk. menunjukkan hasil baik.", "Penelitian oleh Sari dkk. menunjukkan hasil baik." },
        { "Apa yang terjadi? Tidak ada yang tahu!", "Apa yang terjadi? || Tidak ada yang tahu!" },
        { "Dia ragu... tapi akhirnya setuju.", "Dia ragu... tapi akhirnya setuju." },
        { "Dia menunggu lama… Akhirnya bus datang.", "Dia menunggu lama… || Akhirnya bus datang." },
        { "Pemain itu membela Yokohama F. Marinos musim ini.", "Pemain itu membela Yokohama F. Marinos musim ini." },
        { "Jumlahnya 1.402 barang. Itu rekor baru.", "Jumlahnya 1.402 barang. || Itu rekor baru." },
        { "Tim itu (yang dilatih Simon. Ia orang Skotlandia) kalah.", "Tim itu (yang dilatih Simon. Ia orang Skotlandia) kalah." },
        { "Ia lahir pada tahun 1990. 50 orang hadir di pestanya.", "Ia lahir pada tahun 1990. || 50 orang hadir di pestanya." },
        { "Kunjungan itu berlangsung pada 13 September 2023. Kim menyambutnya.", "Kunjungan itu berlangsung pada 13 September 2023. || Kim menyambutnya." },
        { "Prof. Dr. Budi Santoso, M.Si. memberi kuliah umum.", "Prof. Dr. Budi Santoso, M.Si. memberi kuliah umum." },
        { "Ia bekerja di Kab. Bogor, Kec. Cibinong sejak lama.", "Ia bekerja di Kab. Bogor, Kec. Cibinong sejak lama." },
        { "\"What sort of model is that?\" the MP asked.", "\"What sort of model is that?\" the MP asked." },
        { "\"Is this the end?\" Mr Blair asked. Nobody answered.", "\"Is this the end?\" Mr Blair asked. || Nobody answered." },
        { "Mr Peston said: \"They are not close. \"What the book says is true.\" He left.", "Mr Peston said: \"They are not close. \"What the book says is true.\" || He left." },
        { "Harga naik 12,46% tahun ini. Pemerintah diam.", "Harga naik 12,46% tahun ini. || Pemerintah diam." },
        { "Tarif maksimum Rp 10.000. Berlaku tiga jam.", "Tarif maksimum Rp 10.000. || Berlaku tiga jam." },
        { "Kim menyebutnya “aliansi.” Putin setuju.", "Kim menyebutnya “aliansi.” || Putin setuju." },
        { "Dia berkata “tidak.” dan pergi.", "Dia berkata “tidak.” dan pergi." },
        { "Pasal 4 perjanjian berbunyi: “Jika diserang, bantu.” Itu penting.", "Pasal 4 perjanjian berbunyi: “Jika diserang, bantu.” || Itu penting." },
        { "1. Bekasi: Rp 1,91 juta per bulan", "1. Bekasi: Rp 1,91 juta per bulan" },
        { "Satu kalimat saja tanpa titik", "Satu kalimat saja tanpa titik" },
        { "Dia datang. (Foto ini diambil kemarin.) Lalu pergi.", "Dia datang. || (Foto ini diambil kemarin.) || Lalu pergi." },
        { "Skornya 2-1 di Piala AFF 2010. Timnas menang lagi.", "Skornya 2-1 di Piala AFF 2010. || Timnas menang lagi." },
        { "Versi 2.0 dirilis. Pengguna senang.", "Versi 2.0 dirilis. || Pengguna senang." },
        { "Dia tinggal di St. Petersburg. Kotanya dingin.", "Dia tinggal di St. Petersburg. || Kotanya dingin." },
        { "Ketua DPR Mike Johnson mengecam \"unjuk rasa Kebencian Amerika.\" Massa bersorak.", "Ketua DPR Mike Johnson mengecam \"unjuk rasa Kebencian Amerika.\" || Massa bersorak." },
        { "Ia berkata ‘cukup.’ Lalu diam.", "Ia berkata ‘cukup.’ || Lalu diam." },
        { "Pertemuan itu sukses!!! Semua senang.", "Pertemuan itu sukses!!! || Semua senang." },
        { "  Spasi di awal. Dan di akhir.  ", "Spasi di awal. || Dan di akhir." },
        { "\"He said, 'I will stand down.'\" But he changed his mind.", "\"He said, 'I will stand down.'\" || But he changed his mind." },
        { "He said, 'I will go.' Then he left.", "He said, 'I will go.' || Then he left." },
    };

    [Theory]
    [MemberData(nameof(Hazards))]
    public void Split_Hazard_GivesExpectedSentences(string paragraph, string expected)
    {
        var sentences = SentenceSplitter.Split(paragraph).Select(s => paragraph[s.Start..s.End]);

        Assert.Equal(expected, string.Join(" || ", sentences));
    }

    [Fact]
    public void Split_AnyParagraph_CoversAllNonSpaceText()
    {
        const string paragraph = "Satu. “Dua? Tiga!” kata Ani. Empat… Lima (enam. tujuh). Delapan";

        var spans = SentenceSplitter.Split(paragraph);

        var covered = string.Concat(spans.Select(s => paragraph[s.Start..s.End])).Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(paragraph.Replace(" ", "", StringComparison.Ordinal), covered);
        Assert.All(spans.Zip(spans.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
    }
}
