using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

public sealed partial class ReuseDetectorTests
{
    private static readonly string[] Bridge =
    [
        "Pemerintah Kota Bandar Lestari meresmikan jembatan gantung baru di atas Sungai Cemara pada Selasa pagi. " +
        "Jembatan sepanjang 240 meter itu menghubungkan dua kecamatan yang selama ini terpisah oleh sungai.",
        "Wali Kota Bandar Lestari Rina Hapsari mengatakan pembangunan jembatan menelan biaya Rp 48 miliar dari anggaran daerah. " +
        "\"Warga tidak perlu lagi memutar sejauh dua puluh kilometer untuk pergi ke pasar,\" kata Rina dalam sambutannya.",
        "Pekerjaan konstruksi dimulai dua tahun lalu dan sempat terhenti karena banjir besar pada musim hujan. " +
        "Kontraktor kemudian menambah jumlah pekerja agar proyek itu selesai tepat waktu.",
        "Dinas Pekerjaan Umum akan memeriksa kondisi jembatan setiap enam bulan sekali. " +
        "Pemerintah juga melarang truk bermuatan lebih dari sepuluh ton melintas di atasnya.",
    ];

    private static readonly string[] BridgeRewrite =
    [
        "Jembatan gantung baru di atas Sungai Cemara diresmikan oleh Pemerintah Kota Bandar Lestari pada Selasa pagi. " +
        "Jembatan dengan panjang 240 meter itu kini menghubungkan dua kecamatan yang selama ini terpisah oleh sungai.",
        "Menurut Wali Kota Bandar Lestari Rina Hapsari, pembangunan jembatan tersebut menelan biaya Rp 48 miliar dari anggaran daerah.",
        "Pekerjaan konstruksinya dimulai dua tahun yang lalu dan sempat terhenti akibat banjir besar pada musim hujan. " +
        "Kontraktor lalu menambah jumlah pekerja supaya proyek itu bisa selesai tepat waktu.",
    ];

    private static PublicationDate Day(int day) => new(new DateOnly(2024, 6, day));

    private static ImmutableArray<Reuse> Detect(params Article[] articles) =>
        ReuseDetector.Detect(FactArticles.Corpus(articles), []).Reuse;

    [Fact]
    public void Detect_PlantedCopyPublishedLater_IsCopyOfTheEarlierArticle()
    {
        var source = FactArticles.Make("b_source", ArticleLanguage.Id, Day(18), [], Bridge);
        var copy = FactArticles.Make("a_copy", ArticleLanguage.Id, Day(19), [], [.. Bridge[..3],
            "Warga menyambut gembira jembatan itu dengan menggelar syukuran di tepi sungai pada malam harinya."]);

        var reuse = Assert.Single(Detect(source, copy));

        Assert.Equal((ReuseRelation.Copy, "a_copy", "b_source"), (reuse.Relation, reuse.Article.Value, reuse.Source.Value));
        Assert.True(reuse.Containment > 0.6, Shingles.Format(reuse.Containment));
        Assert.All(reuse.Pairs, p => Assert.True(p.Verbatim));
        Assert.Equal(
            ["Dinas Pekerjaan Umum akan memeriksa kondisi jembatan setiap enam bulan sekali.",
             "Pemerintah juga melarang truk bermuatan lebih dari sepuluh ton melintas di atasnya."],
            reuse.LeftOut.Select(e => e.Excerpt));
    }

    [Fact]
    public void Detect_UpdateWithNewTopAndNoDates_IsDerivedFromTheOriginal()
    {
        var original = FactArticles.Make("a_original", ArticleLanguage.Id, Bridge);
        var update = FactArticles.Make("b_update", ArticleLanguage.Id, [
            "Sehari setelah diresmikan, jembatan gantung di Bandar Lestari dipadati ribuan warga yang ingin berfoto. " +
            "Petugas terpaksa membatasi jumlah pengunjung yang boleh berada di atas jembatan pada waktu yang sama.",
            .. Bridge]);

        var reuse = Assert.Single(Detect(original, update));

        Assert.Equal(("b_update", "a_original"), (reuse.Article.Value, reuse.Source.Value));
        Assert.Empty(reuse.LeftOut);
    }

    [Fact]
    public void Detect_PlantedRewrite_IsRewriteWithRewordedPairs()
    {
        var source = FactArticles.Make("a_source", ArticleLanguage.Id, Day(18), [], Bridge);
        var rewrite = FactArticles.Make("b_rewrite", ArticleLanguage.Id, Day(20), [], BridgeRewrite);

        var reuse = Assert.Single(Detect(source, rewrite));

        Assert.Equal((ReuseRelation.Rewrite, "b_rewrite", "a_source"), (reuse.Relation, reuse.Article.Value, reuse.Source.Value));
        Assert.Contains(reuse.Pairs, p => !p.Verbatim && p.Similarity >= 0.5);
        Assert.InRange(reuse.Containment, 0.1, 0.6);
    }

    [Fact]
    public void Detect_IndependentReportsOfOnePressConference_AreNotReuseButTheirQuotesLink()
    {
        const string quote = "Kami akan memperbaiki lini belakang sebelum laga berikutnya melawan Malaysia";
        var first = FactArticles.Make("a_first", ArticleLanguage.Id,
            "Pelatih Garuda Muda Bima Santoso meminta maaf kepada suporter setelah timnya kalah 1-2 dari Vietnam di Stadion Patriot. " +
            "Menurut Bima, para pemain kehilangan konsentrasi pada sepuluh menit terakhir pertandingan.",
            $"\"{quote},\" kata Bima dalam jumpa pers seusai pertandingan.");
        var second = FactArticles.Make("b_second", ArticleLanguage.Id,
            "Kekalahan dari Vietnam membuat peluang Garuda Muda lolos ke semifinal semakin tipis. " +
            "Bima Santoso tampak lesu saat menghadiri konferensi pers di Bekasi, Rabu malam.",
            $"\"{quote},\" ujar pelatih berusia 45 tahun tersebut. Suporter sempat meneriakkan yel-yel protes di tribun timur.");
        var corpus = FactArticles.Corpus(first, second);
        var quotes = ImmutableArray.Create(QuoteIn(corpus.Articles[0], quote, 0), QuoteIn(corpus.Articles[1], quote, 0));

        var result = ReuseDetector.Detect(corpus, quotes);

        Assert.Empty(result.Reuse);
        var link = Assert.Single(result.Links);
        Assert.Equal(QuoteLinkRelation.Identical, link.Relation);
        Assert.Equal(quotes.Select(q => q.Id), link.Quotes);
    }

    [Fact]
    public void Detect_SameAgencyCredited_IsSharedWireNotCopy()
    {
        ImmutableArray<string> reuters = ["Reuters"];
        var first = FactArticles.Make("a_first", ArticleLanguage.Id, null, reuters,
            "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu dini hari untuk kunjungan kenegaraan selama dua hari. " +
            "Pemimpin Korea Utara Kim Jong Un menyambutnya langsung di bandara dengan upacara militer.");
        var second = FactArticles.Make("b_second", ArticleLanguage.Id, null, reuters,
            "Gedung Putih mengecam kunjungan Presiden Rusia Vladimir Putin ke Pyongyang yang dinilai memperkuat kerja sama militer. " +
            "Juru bicara Gedung Putih menyebut Pemimpin Korea Utara Kim Jong Un memasok amunisi untuk perang di Ukraina.");

        var reuse = Assert.Single(Detect(first, second));

        Assert.Equal(ReuseRelation.SharedWire, reuse.Relation);
        Assert.Equal(["Reuters"], reuse.SharedWire);
    }

    [Fact]
    public void Detect_UnrelatedArticles_FindNothing()
    {
        var bridge = FactArticles.Make("a_bridge", ArticleLanguage.Id, Bridge);
        var football = FactArticles.Make("b_football", ArticleLanguage.Id,
            "Pelatih Garuda Muda Bima Santoso meminta maaf kepada suporter setelah timnya kalah 1-2 dari Vietnam di Stadion Patriot.");

        Assert.Empty(Detect(bridge, football));
    }

    [Fact]
    public void Detect_QuotesOfOneStatementInOtherWords_AreVariantWhenSpeakersAgree()
    {
        var corpus = FactArticles.Corpus(
            FactArticles.Make("a", ArticleLanguage.Id, "\"Perjanjian ini memberikan bantuan timbal balik jika terjadi agresi terhadap salah satu pihak,\" kata Putin."),
            FactArticles.Make("b", ArticleLanguage.Id, "\"Perjanjian ini menyediakan bantuan timbal balik bila terjadi agresi terhadap salah satu pihak,\" ujar Putin."),
            FactArticles.Make("c", ArticleLanguage.Id, "\"Perjanjian ini memberikan bantuan timbal balik jika terjadi agresi terhadap salah satu pihak,\" kata Blinken menirukan."));
        var putin = new Speaker(new EntityId("vladimir-putin"), "Vladimir Putin", null);
        var blinken = new Speaker(new EntityId("antony-blinken"), "Antony Blinken", null);
        var quotes = ImmutableArray.Create(
            QuoteBetweenMarks(corpus.Articles[0], 0) with { Speaker = putin },
            QuoteBetweenMarks(corpus.Articles[1], 0) with { Speaker = putin },
            QuoteBetweenMarks(corpus.Articles[2], 0) with { Speaker = blinken });

        var links = ReuseDetector.Detect(corpus, quotes).Links;

        // a and c are word for word the same (identical whoever is named); b is a variant of a by the same speaker.
        var link = Assert.Single(links);
        Assert.Equal(QuoteLinkRelation.Variant, link.Relation);
        Assert.Equal(quotes.Select(q => q.Id).Order(), link.Quotes);
    }

    [Fact]
    public void Detect_QuotesSharingALongRunButOneWordChanged_AreVariantNotIdentical()
    {
        // Seeds 000 and 003: two outlets translate Putin's statement, "memberikan" in one and "menyediakan" in
        // the other. They share many 8-grams, yet the wording differs, which is what the QuoteWording item asks about.
        var corpus = FactArticles.Corpus(
            FactArticles.Make("a", ArticleLanguage.Id, "\"Perjanjian kemitraan komprehensif yang ditandatangani hari ini memberikan, antara lain, bantuan timbal balik jika terjadi agresi terhadap salah satu pihak dalam perjanjian ini,\" kata Putin."),
            FactArticles.Make("b", ArticleLanguage.Id, "\"Perjanjian kemitraan komprehensif yang ditandatangani hari ini menyediakan, antara lain, bantuan timbal balik jika terjadi agresi terhadap salah satu pihak dalam perjanjian ini,\" kata Putin."),
            FactArticles.Make("c", ArticleLanguage.Id, "Putin menyebut \"bantuan timbal balik jika terjadi agresi terhadap salah satu pihak dalam perjanjian ini\" sebagai inti pakta."));
        var putin = new Speaker(new EntityId("vladimir-putin"), "Vladimir Putin", null);
        var quotes = corpus.Articles.Select(a => QuoteBetweenMarks(a, 0) with { Speaker = putin }).ToImmutableArray();

        var links = ReuseDetector.Detect(corpus, quotes[..2]).Links;
        var cut = ReuseDetector.Detect(corpus, [quotes[0], quotes[2]]).Links;

        Assert.Equal(QuoteLinkRelation.Variant, Assert.Single(links).Relation);
        // A whole-word cut of the same words is the same wording, not another one.
        Assert.Equal(QuoteLinkRelation.Identical, Assert.Single(cut).Relation);
    }

    [Fact]
    public void Detect_DifferentSpeakersSimilarWords_AreNotVariant()
    {
        var corpus = FactArticles.Corpus(
            FactArticles.Make("a", ArticleLanguage.Id, "\"Kami siap bekerja sama dengan semua pihak demi perdamaian di kawasan,\" kata Putin."),
            FactArticles.Make("b", ArticleLanguage.Id, "\"Kami siap bekerja sama dengan semua negara demi keamanan di kawasan,\" kata Blinken."));
        var quotes = ImmutableArray.Create(
            QuoteBetweenMarks(corpus.Articles[0], 0) with { Speaker = new Speaker(new EntityId("putin"), "Putin", null) },
            QuoteBetweenMarks(corpus.Articles[1], 0) with { Speaker = new Speaker(new EntityId("blinken"), "Blinken", null) });

        Assert.Empty(ReuseDetector.Detect(corpus, quotes).Links);
    }

    private static Quote QuoteIn(Article article, string text, int index)
    {
        var at = article.Text.IndexOf(text, StringComparison.Ordinal);
        return new Quote
        {
            Id = new QuoteId($"{article.Id}#q{index}"),
            Evidence = Evidence.Of(article, new TextSpan(at, at + text.Length)),
            Pattern = QuotePattern.Unattributed,
        };
    }

    private static Quote QuoteBetweenMarks(Article article, int index)
    {
        var open = article.Text.IndexOf('"', StringComparison.Ordinal) + 1;
        var close = article.Text.IndexOf('"', open);
        return QuoteIn(article, article.Text[open..close], index);
    }
}
