using System.Collections.Frozen;

namespace StudyKit.Reading;

internal sealed partial record ReadingLexicon
{
    /// <summary>Indonesian.</summary>
    public static ReadingLexicon Id { get; } = new()
    {
        StopWords = FrozenSet.ToFrozenSet(
        [
            "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "juga", "ke",
            "dalam", "ada", "adalah", "mereka", "telah", "sebagai", "bahwa", "kata", "oleh", "atau", "karena",
            "saat", "sudah", "bisa", "kami", "kita", "saya", "dia", "ia", "tersebut", "para", "lebih", "namun",
        ], StringComparer.Ordinal),
        Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["pebruari"] = 2, ["feb"] = 2, ["maret"] = 3, ["mar"] = 3,
            ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
            ["agustus"] = 8, ["agu"] = 8, ["ags"] = 8, ["agt"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
            ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["nop"] = 11, ["desember"] = 12, ["des"] = 12,
        },
        Days = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"],
        NoiseLines = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["BERITA TERKAIT"] = "related-link",
            ["BACA BERITA LAINNYA"] = "related-link",
            ["BERITA LAINNYA"] = "related-link",
            ["ARTIKEL TERKAIT"] = "related-link",
            ["BACA JUGA"] = "related-link",
            ["TERPOPULER"] = "section-head",
            ["POPULER"] = "section-head",
            ["PILIHAN REDAKSI"] = "section-head",
            ["POLLING"] = "poll",
            ["KOMENTAR"] = "comments",
            ["BAGIKAN"] = "share",
            ["IKLAN"] = "advertisement",
            ["HALAMAN SELANJUTNYA"] = "pagination",
            ["HALAMAN BERIKUTNYA"] = "pagination",
            ["SELENGKAPNYA"] = "pagination",
        },
        NoisePrefixes =
        [
            new("Baca juga:", "related-link"),
            new("Baca juga :", "related-link"),
            new("Baca:", "related-link"),
            new("Baca :", "related-link"),
            new("BACA JUGA", "related-link", CaseSensitive: true),
            new("MEMBACA ", "related-link", CaseSensitive: true),
            new("Lihat juga:", "related-link"),
            new("Lihat juga :", "related-link"),
            new("Artikel terkait:", "related-link"),
            new("Berita terkait:", "related-link"),
            new("Simak juga", "video-promo"),
            new("Simak video", "video-promo"),
            new("Simak selengkapnya", "video-promo"),
            new("Tonton juga", "video-promo"),
            new("Tonton video", "video-promo"),
            new("Saksikan juga", "video-promo"),
            new("Saksikan video", "video-promo"),
            new("Sumber foto:", "photo-credit"),
            new("Sumber foto :", "photo-credit"),
            new("Foto:", "photo-credit"),
            new("Foto :", "photo-credit"),
            new("Ilustrasi:", "photo-credit"),
            new("Belum ada komentar", "comments"),
            new("Dapatkan update berita", "promo"),
            new("Ikuti berita", "promo"),
            new("Ikuti kami", "promo"),
            new("Klik di sini", "promo"),
            new("Tag:", "tags"),
            new("Tags:", "tags"),
            new("Topik:", "tags"),
            new("Hak cipta", "copyright"),
            new("Copyright", "copyright"),
            new("©", "copyright"),
        ],
        Abbreviations = FrozenSet.ToFrozenSet(
        [
            "dr", "drs", "dra", "drg", "prof", "ir", "h", "hj", "kh", "ust", "pdt", "jl", "jln", "rp", "no", "tbk",
            "kec", "kab", "kel", "ds", "kav", "gg", "rt", "rw", "plt", "pjs", "sdr", "sdri", "bpk", "ny", "nn",
            "tn", "st", "mgr", "br", "s.h", "s.e", "m.si", "s.sos", "m.hum", "s.kom", "s.pd", "m.m", "a.n", "u.p",
            "hlm", "tel", "telp", "vol", "ayat", "psl", "mr", "mrs", "ms", "jan", "feb", "mar", "apr", "jun", "jul",
            "agu", "ags", "agt", "sep", "sept", "okt", "nov", "nop", "des", "kol", "letjen", "mayjen", "brigjen",
            "jend", "kapt", "serka", "bripka", "aipda", "kompol", "akbp",
        ], StringComparer.Ordinal),
        ClosingAbbreviations = FrozenSet.ToFrozenSet(["dll", "dsb", "dst", "dkk", "sbb"], StringComparer.Ordinal),
        BylineOpeners = ["oleh"],
        CreditKeys = new Dictionary<string, CreditField>(StringComparer.OrdinalIgnoreCase)
        {
            ["Penulis"] = CreditField.Author,
            ["Reporter"] = CreditField.Author,
            ["Pewarta"] = CreditField.Author,
            ["Wartawan"] = CreditField.Author,
            ["Editor"] = CreditField.Editor,
            ["Penyunting"] = CreditField.Editor,
            ["Redaktur"] = CreditField.Editor,
            ["Sumber"] = CreditField.Wire,
            ["Penerjemah"] = CreditField.Ignored,
            ["Fotografer"] = CreditField.Ignored,
        },
        NameJoiners = ["dan"],
    };
}
