using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Items;

/// <summary>
/// A small hand-written corpus on one event, modelled on how news sites report it: A is an original, B
/// rewrites A, C and D carry Reuters copy, E is in English. Every kind of finding appears at least once.
/// </summary>
internal static class SampleFindings
{
    public const string EasleyQuote = "Daftar negara yang mau menyambut Putin makin pendek, tetapi bagi Kim ini sebuah kemenangan";
    public const string StoltenbergQuote = "Kami sangat prihatin dengan dukungan Rusia bagi program rudal Korea Utara";
    public const string ActonQuote = "Pertanyaan besarnya adalah seberapa jauh Rusia mengubah sikapnya terhadap Korea Utara.";
    public const string PutinQuoteA = "Perjanjian ini memberikan bantuan timbal balik jika salah satu pihak diserang";
    public const string PutinQuoteC = "Perjanjian ini menjamin bantuan bersama bila ada agresi terhadap salah satu pihak";

    public static Findings Build() => Builder().Build();

    public static FindingsBuilder Builder()
    {
        var b = new FindingsBuilder();
        Places(b);
        var a = b.Article("a_warta", "Warta Satu", "Putin dan Kim Teken Pakta, Barat Cemas",
        [
            "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani pakta pertahanan pada Rabu (19/6/2024) di Pyongyang.",
            $"Sekretaris Jenderal NATO Jens Stoltenberg menyatakan keprihatinannya. “{StoltenbergQuote},” katanya, dilansir The Guardian.",
            $"James Acton, direktur program kebijakan nuklir di Carnegie Endowment, mengatakan: “{ActonQuote}”",
            "Menurut Acton, Rusia belum siap membantu program nuklir Korea Utara secara langsung.",
            "Kedua negara juga membahas rudal balistik antarbenua (ICBM) dan kerja sama luar angkasa.",
            $"“{PutinQuoteA},” kata Putin seperti dikutip kantor berita Tass.",
        ]);
        var bb = b.Article("b_kilat", "Kabar Kilat", "Putin dan Kim Jong Un Teken Pakta, AS Panik",
        [
            "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un telah menandatangani pakta pertahanan pada Rabu (19/6/2024) di Pyongyang.",
            "Kekhawatiran juga disampaikan Sekretaris Jenderal NATO Jens Stoltenberg terkait dukungan Rusia bagi program rudal Korea Utara.",
            "Kedua negara juga membahas rudal balistik antarbenua (ICBM) dan kerja sama luar angkasa.",
        ]);
        var c = b.Article("c_timur", "Harian Timur", "Setelah 24 Tahun, Putin Kembali ke Korea Utara",
        [
            "MOSKOW - Putin akan mengunjungi Korea Utara untuk pertama kalinya dalam 24 tahun, kata Kremlin.",
            "Putin terakhir kali mengunjungi Pyongyang pada Juli 2000.",
            "Juru bicara Departemen Luar Negeri AS Matthew Miller mengatakan Korea Utara telah memasok lebih dari 11.000 kontainer amunisi ke Rusia.",
            $"“{EasleyQuote},” kata Leif-Eric Easley, profesor di Universitas Ewha.",
            "“Kami tidak tahu imbalan apa yang akan diberikan, tetapi kami mengawasinya dengan cermat,” kata Wakil Menteri Luar Negeri AS Kurt Campbell.",
            $"“{PutinQuoteC},” ujar Putin.",
        ], wire: ["Reuters"]);
        var d = b.Article("d_niaga", "Berita Niaga", "Korea Selatan Tinjau Ulang Soal Senjata untuk Ukraina",
        [
            "SEOUL - Dalam kunjungan pertamanya ke Pyongyang sejak Juli 2000, Putin menandatangani perjanjian dengan Kim Jong Un.",
            "Seoul akan menambahkan 243 barang baru ke daftar larangan ekspor sehingga totalnya menjadi 1.402 barang, kata penasihat keamanan nasional Chang Ho-jin.",
            "Artyom Lukin dari Universitas Federal Timur Jauh mengatakan: “Masih harus dilihat seberapa jauh kedua negara akan melangkah dalam aliansi ini.”",
            "“Kami akan meninjau kembali posisi kami soal pengiriman senjata ke Ukraina,” kata Chang Ho-jin.",
            "Kementerian Luar Negeri Korea Selatan menyatakan bahwa kerja sama militer itu melanggar resolusi PBB.",
        ], wire: ["Reuters"]);
        var e = b.Article("e_ledger", "Daily Ledger", "Seoul weighs arming Ukraine after pact",
        [
            "Seoul said on Thursday it would review its position on arming Ukraine after the pact was published.",
            "“Nothing is ruled out now, and the region has become less predictable,” said Artyom Lukin, a professor at Far Eastern Federal University.",
            "Ukrainian presidential adviser Mykhailo Podolyak said that Russia had enabled the boldest cancellation of sanctions so far.",
        ], wire: ["AFP"], language: ArticleLanguage.En);

        b.Entity("Vladimir Putin", aliases: ["Putin"], role: "Presiden Rusia");
        b.Entity("Kim Jong Un", aliases: ["Kim"], role: "pemimpin Korea Utara");
        b.Entity("James Acton", aliases: ["Acton"]);
        b.Entity("Leif-Eric Easley", aliases: ["Easley"]);
        b.Entity("Artyom Lukin", aliases: ["Lukin"]);
        b.Entity("Jens Stoltenberg", aliases: ["Stoltenberg"]);

        b.Quote(a, StoltenbergQuote, "Jens Stoltenberg", "Sekretaris Jenderal NATO", "katanya", "The Guardian", pattern: QuotePattern.Pronoun);
        b.Quote(a, ActonQuote, "James Acton", "direktur program kebijakan nuklir di Carnegie Endowment", "James Acton", pattern: QuotePattern.SpeakerVerbQuote);
        var putinA = b.Quote(a, PutinQuoteA, "Vladimir Putin", "Presiden Rusia", "Putin", "Tass");
        b.Quote(c, EasleyQuote, "Leif-Eric Easley", "profesor di Universitas Ewha");
        b.Quote(c, "Kami tidak tahu imbalan apa yang akan diberikan, tetapi kami mengawasinya dengan cermat", "Kurt Campbell", "Wakil Menteri Luar Negeri AS");
        var putinC = b.Quote(c, PutinQuoteC, "Vladimir Putin", "Presiden Rusia", "Putin");
        b.Quote(d, "Masih harus dilihat seberapa jauh kedua negara akan melangkah dalam aliansi ini.", "Artyom Lukin", "Universitas Federal Timur Jauh", "Artyom Lukin", pattern: QuotePattern.SpeakerVerbQuote);
        b.Quote(d, "Kami akan meninjau kembali posisi kami soal pengiriman senjata ke Ukraina", "Chang Ho-jin", "penasihat keamanan nasional");
        b.Quote(e, "Nothing is ruled out now, and the region has become less predictable", "Artyom Lukin", "a professor at Far Eastern Federal University");
        b.Link(QuoteLinkRelation.Variant, putinA, putinC);

        b.Claim(a, "Menurut Acton, Rusia belum siap membantu program nuklir Korea Utara secara langsung.",
            "Rusia belum siap membantu program nuklir Korea Utara secara langsung", "James Acton", asWritten: "Acton");
        b.Claim(c, "Juru bicara Departemen Luar Negeri AS Matthew Miller mengatakan Korea Utara telah memasok lebih dari 11.000 kontainer amunisi ke Rusia.",
            "Korea Utara telah memasok lebih dari 11.000 kontainer amunisi ke Rusia", "Matthew Miller", "Juru bicara Departemen Luar Negeri AS");
        b.Claim(d, "Kementerian Luar Negeri Korea Selatan menyatakan bahwa kerja sama militer itu melanggar resolusi PBB.",
            "kerja sama militer itu melanggar resolusi PBB", "Kementerian Luar Negeri Korea Selatan", kind: EntityKind.Organisation);
        b.Claim(e, "Ukrainian presidential adviser Mykhailo Podolyak said that Russia had enabled the boldest cancellation of sanctions so far.",
            "Russia had enabled the boldest cancellation of sanctions so far", "Mykhailo Podolyak", "Ukrainian presidential adviser");

        b.Fact(a, a.Paragraphs[0].Text, "Rabu (19/6/2024)", FactKind.Date);
        b.Fact(a, a.Paragraphs[0].Text, "Pyongyang", FactKind.Entity, entityKind: EntityKind.Place);
        b.Fact(c, "MOSKOW - Putin akan mengunjungi Korea Utara untuk pertama kalinya dalam 24 tahun, kata Kremlin.", "24 tahun", FactKind.Number, 24, "tahun");
        b.Fact(c, "Putin terakhir kali mengunjungi Pyongyang pada Juli 2000.", "Juli 2000", FactKind.Date);
        b.Fact(c, c.Paragraphs[2].Text, "11.000 kontainer", FactKind.Number, 11000, "kontainer");
        b.Fact(d, d.Paragraphs[0].Text, "Juli 2000", FactKind.Date);
        b.Fact(d, d.Paragraphs[1].Text, "243 barang", FactKind.Number, 243, "barang");
        b.Fact(d, d.Paragraphs[1].Text, "1.402 barang", FactKind.Number, 1402, "barang");
        b.Term(a, "ICBM", "rudal balistik antarbenua");

        b.Reuse(bb, a, ReuseRelation.Rewrite,
            [(bb.Paragraphs[0].Text, a.Paragraphs[0].Text), (bb.Paragraphs[2].Text, a.Paragraphs[4].Text),
             (bb.Paragraphs[1].Text, "Sekretaris Jenderal NATO Jens Stoltenberg menyatakan keprihatinannya.")],
            [a.Paragraphs[2].Text, "Menurut Acton, Rusia belum siap membantu program nuklir Korea Utara secara langsung.",
             $"“{PutinQuoteA},” kata Putin seperti dikutip kantor berita Tass."]);
        b.Reuse(d, c, ReuseRelation.SharedWire, [(d.Paragraphs[0].Text, c.Paragraphs[1].Text)], [], containment: 0.1);
        return b;
    }

    private static void Places(FindingsBuilder b)
    {
        foreach (var place in new[] { "Pyongyang", "Seoul", "Moskow", "Washington", "Vladivostok" })
        {
            b.Entity(place, EntityKind.Place);
        }
        b.Entity("Kremlin", EntityKind.Organisation);
    }
}
