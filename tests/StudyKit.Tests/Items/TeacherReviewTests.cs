using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Tests.Items;

/// <summary>
/// Regression tests for what a teacher's reading of the seed bank found wrong or awkward. Each builds a small
/// corpus with the problem and checks the generator's behaviour, not a fixed output.
/// </summary>
public sealed class TeacherReviewTests
{
    private static readonly ItemBankGenerator Generator = new();
    private static readonly GenerationContext Context = new(SampleFindings.Build(), ArticleLanguage.Id);

    private static Candidate Candidate(ItemKind kind, string? stimulus = null, string? quote = null, string? clause = null) => new()
    {
        Kind = kind,
        Key = "k",
        Prompt = "Lengkapilah kalimat berikut dengan angka yang tepat.",
        Stimulus = stimulus,
        Choices = [new("Jens Stoltenberg", true), new("Kurt Campbell", false), new("Matthew Miller", false)],
        Answer = "Jens Stoltenberg",
        Evidence = [Context.Findings.Quotes[0].Evidence],
        Explanation = "x",
        Support = new Support("Jens Stoltenberg", [["Jens Stoltenberg"]]),
        Quote = quote,
        Clause = clause,
        AnswerName = ("Jens Stoltenberg", EntityKind.Person),
    };

    [Fact]
    public void BlankGate_BlankAfterSalah_IsGivenAway()
    {
        var candidate = Candidate(ItemKind.FactCloze, "Pakta itu berlaku jika terjadi agresi terhadap salah ____.");

        Assert.Equal(RejectionReason.BlankGivenAway, new BlankGate().Check(candidate, Context)?.Reason);
        Assert.Null(new BlankGate().Check(Candidate(ItemKind.FactCloze, "Seoul menambahkan ____ baru ke daftar larangan."), Context));
    }

    [Theory]
    [InlineData("Akan memperkuat kerja sama keamanan dengan AS dan Jepang.")]
    [InlineData("Sekarang akan mempertimbangkan untuk mengirim senjata ke Ukraina.")]
    [InlineData("Pihaknya akan bekerja sama dengan Korea Utara.")]
    [InlineData("Would stand down before the next general election.")]
    public void StandAloneGate_ClauseWithoutItsSubject_Rejects(string clause)
    {
        var candidate = Candidate(ItemKind.AccordingToWhom, clause, clause: clause) with { Sentence = clause };

        Assert.Equal(RejectionReason.DanglingPronoun, new StandAloneGate().Check(candidate, Context)?.Reason);
    }

    [Fact]
    public void StandAloneGate_ClauseWithASubject_Passes()
    {
        const string clause = "Rusia sedang terjebak dalam pertarungan eksistensial dengan Barat.";

        Assert.Null(new StandAloneGate().Check(Candidate(ItemKind.AccordingToWhom, clause, clause: clause), Context));
    }

    [Theory]
    [InlineData("At that stage he saw Gordon Brown and said, 'look you are the next most influential member of the government")]
    [InlineData("I myself recognise that I'm going to have to stand down before the election.'")]
    public void QuoteLengthGate_QuoteHoldingAnotherQuote_IsNotAskedWhoSaidIt(string quote)
    {
        Assert.Equal(RejectionReason.UnsupportedAnswer, new QuoteLengthGate().Check(Candidate(ItemKind.WhoSaid, quote: quote), Context)?.Reason);
    }

    [Fact]
    public void QuoteLengthGate_Apostrophes_AreNoNestedQuote()
    {
        const string quote = "I don't think the relationship is good because Brown feels deeply betrayed over it.";

        Assert.Null(new QuoteLengthGate().Check(Candidate(ItemKind.WhoSaid, quote: quote), Context));
    }

    [Theory]
    [InlineData("Seoul", "Korea Selatan", true)]
    [InlineData("Departemen Luar Negeri AS", "Washington", true)]
    [InlineData("Gedung Putih", "Amerika Serikat", true)]
    [InlineData("Kremlin", "Rusia", true)]
    [InlineData("Jepang", "Korea Selatan", false)]
    [InlineData("Known as Holdings", "Amerika Serikat", false)]
    public void Polities_SameSide(string a, string b, bool same) =>
        Assert.Equal(same, Polities.SameSide(a, b));

    [Fact]
    public void FactCloze_PlaceBlank_OffersPlacesOfItsOwnKindAndNeverTheSameState()
    {
        var b = new FindingsBuilder();
        const string sentence = "Rudal itu dapat digunakan dalam konflik skala besar dengan Korea Selatan.";
        var article = b.Article("a", "Warta", "Pakta baru", [
            sentence,
            "Pejabat di Seoul, Tokyo, dan Washington menggelar rapat darurat.",
            "Jepang, Ukraina, dan Tiongkok menanggapi pakta itu, begitu pula negara-negara di Asia."]);
        foreach (var place in new[] { "Seoul", "Tokyo", "Washington", "Jepang", "Ukraina", "Tiongkok", "Asia" })
        {
            b.Entity(place, EntityKind.Place);
        }
        b.Entity("Korea Selatan", EntityKind.Place);
        b.Fact(article, sentence, "Korea Selatan", FactKind.Entity, entityKind: EntityKind.Place);

        var item = Assert.Single(Generator.Generate(b.Build()).Items, i => i.Kind == ItemKind.FactCloze);

        var distractors = item.Choices.Where(c => !c.Correct).Select(c => c.Text).ToList();
        Assert.Equal(["Jepang", "Tiongkok", "Ukraina"], distractors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ClaimClause_RelativeClause_EndsAtItsComma()
    {
        var b = new FindingsBuilder();
        const string sentence = "Bagi Putin, yang mengatakan Rusia sedang terjebak dalam pertarungan eksistensial dengan Barat, pendekatan terhadap Kim memungkinkan dia menyalahkan Washington.";
        var article = b.Article("a", "Warta", "Judul", [sentence]);
        var claim = b.Claim(article, sentence, sentence[(sentence.IndexOf("Rusia", StringComparison.Ordinal))..], "Vladimir Putin");

        Assert.Equal("Rusia sedang terjebak dalam pertarungan eksistensial dengan Barat.", ClaimClause.Of(claim));
    }

    [Fact]
    public void ClaimClause_TrailingCredit_IsNotPartOfTheClaim()
    {
        var b = new FindingsBuilder();
        const string sentence = "Perjanjian tersebut menyatakan bahwa kedua pihak tidak akan membiarkan wilayahnya digunakan negara lain, demikian dilaporkan KCNA.";
        var article = b.Article("a", "Warta", "Judul", [sentence]);
        var claim = b.Claim(article, sentence, sentence[(sentence.IndexOf("kedua", StringComparison.Ordinal))..], "Perjanjian Kemitraan", kind: EntityKind.Document);

        Assert.Equal("Kedua pihak tidak akan membiarkan wilayahnya digunakan negara lain.", ClaimClause.Of(claim));
    }

    [Fact]
    public void NameShape_PieceOfTheAnswersTitle_IsTheSamePerson()
    {
        string[] roles = ["Direktur Jenderal Integrasi Transportasi dan Multimoda (Intram) Kemenhub"];

        Assert.True(NameShape.PartOfRole("Dirjen Integrasi Transportasi", roles));
        Assert.True(NameShape.PartOfRole("Integrasi Transportasi", roles));
        Assert.False(NameShape.PartOfRole("Budi Karya Sumadi", roles));
    }

    [Fact]
    public void WhoSaid_DocumentSpeaker_GetsNoGovernmentsAsDistractors()
    {
        var b = new FindingsBuilder();
        const string treaty = "Jika salah satu pihak diserang, pihak lainnya akan memberikan bantuan militer dengan segala cara";
        var article = b.Article("a", "Warta", "Judul", [
            $"“{treaty},” bunyi Pasal 4 perjanjian tersebut.",
            "“Korea Utara memasok amunisi dalam jumlah besar kepada Rusia,” kata Kementerian Luar Negeri AS.",
            "“Kami menyesalkan kerja sama teknologi militer kedua negara itu,” kata Kementerian Luar Negeri Jepang."]);
        b.Quote(article, treaty, "Pasal 4 Perjanjian Kemitraan", kind: EntityKind.Document);
        b.Quote(article, "Korea Utara memasok amunisi dalam jumlah besar kepada Rusia", "Kementerian Luar Negeri AS", kind: EntityKind.Organisation);
        b.Quote(article, "Kami menyesalkan kerja sama teknologi militer kedua negara itu", "Kementerian Luar Negeri Jepang", kind: EntityKind.Organisation);

        var bank = Generator.Generate(b.Build());

        Assert.DoesNotContain(bank.Items, i => i.Kind == ItemKind.WhoSaid && i.Answer.StartsWith("Pasal", StringComparison.Ordinal));
        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.WhoSaid && r.Reason == RejectionReason.TooFewDistractors);
    }

    [Fact]
    public void MatchSources_OneAgencyBehindSeveralArticles_MatchesTheCorpusSourcesInstead()
    {
        var b = new FindingsBuilder();
        var a = b.Article("a", null, "Putin dan Kim menandatangani pakta", [
            "“Kami tentu prihatin dengan dukungan Rusia bagi program rudal Korea Utara,” kata Jens Stoltenberg, dilansir The Guardian.",
            "“Perjanjian ini memberikan bantuan timbal balik jika salah satu pihak diserang,” kata Putin seperti dikutip Tass."]);
        var c = b.Article("c", null, "Putin kunjungi Korea Utara", ["Putin mengunjungi Pyongyang untuk pertama kalinya dalam 24 tahun."], wire: ["Reuters"]);
        b.Article("d", "Kontan", "Rusia dan Korea Utara teken pakta", ["Putin menandatangani kesepakatan dengan Kim Jong Un pada Rabu."], wire: ["Reuters"]);
        b.Quote(a, "Kami tentu prihatin dengan dukungan Rusia bagi program rudal Korea Utara", "Jens Stoltenberg", via: "The Guardian");
        b.Quote(a, "Perjanjian ini memberikan bantuan timbal balik jika salah satu pihak diserang", "Vladimir Putin", via: "Tass");

        var bank = Generator.Generate(b.Build());

        var item = Assert.Single(bank.Items, i => i.Kind == ItemKind.MatchSources);
        Assert.Equal(["Reuters", "Tass", "The Guardian"], item.Pairs.Select(p => p.Right).Order(StringComparer.Ordinal));
        Assert.Contains(item.Evidence, e => e.Article == c.Id);
        // Only one article names its outlet: that matching cannot be made, and the bank says so.
        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.MatchSources && r.Reason == RejectionReason.TooFewDistractors);
    }

    [Fact]
    public void QuoteWording_TwoTranslationsFromTwoAgencies_NamesBothSources()
    {
        var b = new FindingsBuilder();
        const string first = "Perjanjian kemitraan yang ditandatangani hari ini memberikan bantuan timbal balik jika terjadi agresi";
        const string second = "Perjanjian kemitraan yang ditandatangani hari ini menyediakan bantuan timbal balik jika terjadi agresi";
        var a = b.Article("a", null, "Pakta", [$"“{first},” kata Putin seperti dikutip Tass."]);
        var d = b.Article("d", "Kontan", "Pakta", [$"“{second},” kata Putin."], wire: ["Reuters"]);
        var qa = b.Quote(a, first, "Vladimir Putin", via: "Tass");
        var qd = b.Quote(d, second, "Vladimir Putin");
        b.Link(QuoteLinkRelation.Variant, qa, qd);

        var item = Assert.Single(Generator.Generate(b.Build()).Items, i => i.Kind == ItemKind.QuoteWording);

        Assert.Equal(ItemTexts.Id.QuoteWordingAnswer, item.Answer);
        Assert.Contains("Tass", item.Explanation, StringComparison.Ordinal);
        Assert.Contains("Reuters", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteWording_GroupWithACopyAndARewording_PairsTheDifferentWordings()
    {
        var b = new FindingsBuilder();
        const string original = "Biaya sebesar itu tentu menjadi beban bagi masyarakat. Dengan adanya integrasi tarif, beban itu bisa ditekan";
        const string reworded = "Biaya sebesar itu tentu menjadi beban bagi masyarakat. Dengan integrasi tarif, beban itu bisa ditekan";
        var a = b.Article("a", "detikFinance", "Ongkos", [$"“{original},” kata Risal Wasal."]);
        var copy = b.Article("b", "detikcom", "Ongkos", [$"“{original},” kata Risal Wasal."]);
        var later = b.Article("c", "Kompas.com", "Integrasi tarif", [$"“{reworded},” ujar Risal Wasal."]);
        b.Link(QuoteLinkRelation.Variant, b.Quote(a, original, "Risal Wasal"), b.Quote(copy, original, "Risal Wasal"), b.Quote(later, reworded, "Risal Wasal"));

        var item = Assert.Single(Generator.Generate(b.Build()).Items, i => i.Kind == ItemKind.QuoteWording);

        Assert.Contains(reworded, item.Stimulus, StringComparison.Ordinal);
        Assert.Contains(original, item.Stimulus, StringComparison.Ordinal);
        // No credited source and one language: the explanation does not claim a translation.
        Assert.DoesNotContain("menerjemahkan sendiri, bukan", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonCard_FragmentQuote_ShowsTheSentenceAndACapitalisedRole()
    {
        var b = new FindingsBuilder();
        const string sentence = "Jepang menyatakan “kekhawatiran serius” tentang janji Putin untuk memperluas kerja sama militer.";
        var article = b.Article("a", "Warta", "Judul", [sentence, "“Kami akan terus memantau perkembangan di semenanjung Korea,” kata juru bicara Jepang Yoshimasa Hayashi."]);
        b.Quote(article, "kekhawatiran serius", "Jepang", kind: EntityKind.Organisation, partial: true);
        b.Quote(article, "Kami akan terus memantau perkembangan di semenanjung Korea", "Yoshimasa Hayashi", role: "juru bicara Jepang");

        var cards = Generator.Generate(b.Build()).Items.Where(i => i.Kind == ItemKind.PersonCard).ToList();

        Assert.Contains("tentang janji Putin", Assert.Single(cards, c => c.Prompt == "Jepang").Answer, StringComparison.Ordinal);
        Assert.StartsWith("Juru bicara Jepang.", Assert.Single(cards, c => c.Prompt == "Yoshimasa Hayashi").Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Discussion_ArticlesSharingAnAgency_AreComparedInOnePrompt()
    {
        var findings = SampleFindings.Build();

        var wire = Assert.Single(Generator.Generate(findings).Items, i => i.Kind == ItemKind.Discussion && i.Prompt.Contains("Reuters", StringComparison.Ordinal));

        var crediting = findings.Corpus.Articles.Where(a => a.Wire.Contains("Reuters")).Select(a => a.Id).ToList();
        Assert.True(crediting.Count > 1);
        Assert.Equal(crediting, wire.Evidence.Select(e => e.Article).Distinct());
    }
}
