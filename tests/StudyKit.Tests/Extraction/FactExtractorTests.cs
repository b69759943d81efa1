using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

public sealed partial class FactExtractorTests
{
    private static List<Fact> Facts(ArticleLanguage language, params string[] paragraphs) =>
        FactExtractor.Extract(FactArticles.Make("a", language, paragraphs), []);

    private static Fact Answer(List<Fact> facts, string answer) =>
        Assert.Single(facts, f => f.Answer.Excerpt == answer);

    [Fact]
    public void Extract_IndonesianNumbersWithUnits_ParsedInArticleNotation()
    {
        var facts = Facts(ArticleLanguage.Id,
            "Pelabuhan itu menangani 11.000 kontainer setiap pekan. Ongkos naik 12,46% menjadi Rp 1,91 juta per bulan.",
            "Pemerintah menyiapkan anggaran Rp 10.000 untuk 2,5 juta penumpang dan US$ 5 miliar untuk kereta.");

        Assert.Equal((11000m, "kontainer"), (Answer(facts, "11.000 kontainer").Value, Answer(facts, "11.000 kontainer").Unit));
        Assert.Equal((12.46m, "%"), (Answer(facts, "12,46%").Value, Answer(facts, "12,46%").Unit));
        Assert.Equal((1.91m, "Rp juta"), (Answer(facts, "Rp 1,91 juta").Value, Answer(facts, "Rp 1,91 juta").Unit));
        Assert.Equal((10000m, "Rp"), (Answer(facts, "Rp 10.000").Value, Answer(facts, "Rp 10.000").Unit));
        Assert.Equal((2.5m, "juta penumpang"), (Answer(facts, "2,5 juta penumpang").Value, Answer(facts, "2,5 juta penumpang").Unit));
        Assert.Equal((5m, "US$ miliar"), (Answer(facts, "US$ 5 miliar").Value, Answer(facts, "US$ 5 miliar").Unit));
        Assert.All(facts.Where(f => f.Kind == FactKind.Number), f => Assert.Null(f.EntityKind));
    }

    [Fact]
    public void Extract_EnglishNumbers_ParsedInEnglishNotation()
    {
        var facts = Facts(ArticleLanguage.En, "The port handled 11,000 containers while fares rose 2.5 percent and 1,402 people moved.");

        Assert.Equal(11000m, Answer(facts, "11,000 containers").Value);
        Assert.Equal(2.5m, Answer(facts, "2.5 percent").Value);
        Assert.Equal((1402m, "people"), (Answer(facts, "1,402 people").Value, Answer(facts, "1,402 people").Unit));
    }

    [Fact]
    public void Extract_NumberWordWithUnit_IsNumberFact()
    {
        var facts = Facts(ArticleLanguage.Id, "Tarif berlaku untuk perjalanan lintas moda dalam tiga jam.");

        Assert.Equal((3m, "jam"), (Answer(facts, "tiga jam").Value, Answer(facts, "tiga jam").Unit));
    }

    [Fact]
    public void Extract_BareNumbersScoresAndOrdinals_AreNotFacts()
    {
        var facts = Facts(ArticleLanguage.Id, "Tim itu kalah 0-3 dan gol kedua lahir pada menit ke-55 di Grup G 2022.");

        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Number);
    }

    [Theory]
    [InlineData("Kesepakatan itu diselesaikan pada Rabu (19/6/2024) di ibu kota.", "Rabu (19/6/2024)")]
    [InlineData("Pakta itu diteken pada 19 Juni 2024 setelah pembicaraan panjang.", "19 Juni 2024")]
    [InlineData("Kunjungan terakhir terjadi pada Juli 2000 ketika hubungan membaik.", "Juli 2000")]
    [InlineData("Negara itu pertama kali menguji senjata pada tahun 2006 silam.", "2006")]
    [InlineData("Keduanya bertemu di Vladivostok pada 13 September 2023 lalu.", "13 September 2023")]
    [InlineData("Laporan dirilis Senin (20/10) malam oleh kepolisian.", "Senin (20/10)")]
    [InlineData("The treaty was signed on 19 June 2024 in the capital.", "19 June 2024")]
    [InlineData("The summit was held on June 19, 2024 in the capital.", "June 19, 2024")]
    [InlineData("He warned the cabinet in March 2003 about the risk.", "March 2003")]
    public void Extract_DateForms_AnswerIsTheDate(string sentence, string answer)
    {
        var facts = Facts(ArticleLanguage.Id, sentence);

        Assert.Equal(FactKind.Date, Answer(facts, answer).Kind);
    }

    [Fact]
    public void Extract_MonthWithoutDayOrYear_IsNotADate()
    {
        var facts = Facts(ArticleLanguage.En, "Officials may announce the plan soon, and March is a busy month.");

        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Date);
    }

    [Fact]
    public void Extract_NumberInsideQuote_IsSkipped()
    {
        var facts = Facts(ArticleLanguage.Id, "Pejabat itu berkata, \"Kami sudah membeli 50 rudal dari mereka,\" kata dia kepada wartawan pada 20 Juni 2024.");

        Assert.DoesNotContain(facts, f => f.Answer.Excerpt.Contains("rudal", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Answer.Excerpt == "20 Juni 2024");
    }

    [Fact]
    public void Extract_GazetteerPlacesAndOrganisations_AreEntityFacts()
    {
        var facts = Facts(ArticleLanguage.Id,
            "Korea Utara dan Rusia menandatangani pakta di Pyongyang. Kementerian Perhubungan menyambut kesepakatan itu.");

        Assert.Equal(EntityKind.Place, Answer(facts, "Korea Utara").EntityKind);
        Assert.Equal(EntityKind.Place, Answer(facts, "Pyongyang").EntityKind);
        Assert.Equal(EntityKind.Organisation, Answer(facts, "Kementerian Perhubungan").EntityKind);
    }

    [Fact]
    public void Extract_EnglishOrganisationNamedHeadLast_IsOrganisationFact()
    {
        var facts = Facts(ArticleLanguage.En, "Three officials from the Foreign Office joined the Butler Inquiry in London.");

        Assert.Equal(EntityKind.Organisation, Answer(facts, "Foreign Office").EntityKind);
        Assert.Equal(EntityKind.Organisation, Answer(facts, "Butler Inquiry").EntityKind);
        Assert.Equal(EntityKind.Place, Answer(facts, "London").EntityKind);
        Assert.Equal((3m, "officials"), (Answer(facts, "Three officials").Value, Answer(facts, "Three officials").Unit));
    }

    [Fact]
    public void Extract_EntitiesFromList_AnswerIsTheNameWithItsKind()
    {
        var article = FactArticles.Make("a", ArticleLanguage.Id, "Sekretaris Jenderal NATO Jens Stoltenberg menyatakan kekhawatirannya sebelum pertemuan.");
        var stoltenberg = new Entity
        {
            Id = new EntityId("jens-stoltenberg"), Name = "Jens Stoltenberg", Kind = EntityKind.Person,
            Aliases = ["Stoltenberg"], Articles = [article.Id],
        };

        var facts = FactExtractor.Extract(article, [stoltenberg]);

        Assert.Equal(EntityKind.Person, Answer(facts, "Jens Stoltenberg").EntityKind);
        Assert.DoesNotContain(facts, f => f.Answer.Excerpt == "Stoltenberg");
    }

    [Fact]
    public void Extract_Seeds_EveryAnswerLiesInItsEvidenceAndExcerptsEqualSpans()
    {
        var corpus = TestData.Seeds.Corpus();

        var facts = FactExtractor.Extract(corpus, []);

        Assert.NotEmpty(facts);
        Assert.All(facts, f =>
        {
            var text = corpus[f.Evidence.Article].Text;
            Assert.Equal(text[f.Evidence.Span.Start..f.Evidence.Span.End], f.Evidence.Excerpt);
            Assert.Equal(text[f.Answer.Span.Start..f.Answer.Span.End], f.Answer.Excerpt);
            Assert.True(f.Evidence.Span.Contains(f.Answer.Span));
        });
    }

    [Fact]
    public void Extract_Seeds_SortedByArticleThenSpanAndRerunsIdentical()
    {
        var corpus = TestData.Seeds.Corpus();

        var first = FactExtractor.Extract(corpus, []);
        var second = FactExtractor.Extract(corpus, []);

        var keys = first.Select(f => (f.Evidence.Article.Value, f.Evidence.Span.Start, f.Answer.Span.Start)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Value, StringComparer.Ordinal).ThenBy(k => k.Item2).ThenBy(k => k.Item3), keys);
        Assert.Equal(first.Select(f => f.ToString()), second.Select(f => f.ToString()));
    }

    [Fact]
    public void Extract_Seed000_FindsTheSigningDate()
    {
        var corpus = TestData.Seeds.Corpus();

        var facts = FactExtractor.Extract(corpus, ImmutableArray<Entity>.Empty);

        Assert.Contains(facts, f => f.Evidence.Article.Value.StartsWith("000", StringComparison.Ordinal) && f.Answer.Excerpt == "Rabu (19/6/2024)");
    }
}
