using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Tests.Items;

/// <summary>What the generators do with the rough edges of real extraction: cut names, fragments, odd claims.</summary>
public sealed class ExtractionNoiseTests
{
    private static readonly ItemBankGenerator Generator = new();

    [Theory]
    [InlineData("Vladimir Putin", EntityKind.Person, true)]
    [InlineData("Kim Hong-kyun", EntityKind.Person, true)]
    [InlineData("Luar Negeri Bonnie Jenkins", EntityKind.Person, false)]
    [InlineData("Pejabat Ukraina", EntityKind.Person, true)]
    [InlineData("Duta Besar Korea Selatan untuk PBB", EntityKind.Person, true)]
    [InlineData("Luar Negeri Sergei Lavrov", EntityKind.Person, false)]
    [InlineData("Leif-Eric Easley, profesor", EntityKind.Person, false)]
    [InlineData("Seoul akan", EntityKind.Place, false)]
    [InlineData("Lord Goldsmith's", EntityKind.Person, false)]
    [InlineData("Cherie Blair's Matrix Chambers", EntityKind.Organisation, false)]
    [InlineData("Institute for National Unification", EntityKind.Organisation, true)]
    [InlineData("Kementerian", EntityKind.Organisation, false)]
    [InlineData("Mengutip enam pejabat senior AS, jaringan berita AS", EntityKind.Organisation, false)]
    [InlineData("Pasal 4 dari perjanjian tersebut", EntityKind.Document, true)]
    public void NameShape_Plausible_TellsNamesFromFragments(string name, EntityKind kind, bool expected) =>
        Assert.Equal(expected, NameShape.Plausible(name, kind));

    [Fact]
    public void WhoSaid_FragmentedSpeakerName_IsRejectedNotAsked()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["“Kami akan terus memantau perkembangan di kawasan itu dengan saksama,” kata pejabat senior AS."]);
        b.Quote(a, "Kami akan terus memantau perkembangan di kawasan itu dengan saksama", "pejabat senior AS", asWritten: "pejabat senior AS");

        var bank = Generator.Generate(b.Build());

        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.WhoSaid && r.Reason == RejectionReason.UnsupportedAnswer);
        Assert.DoesNotContain(bank.Items, i => i.Choices.Any(c => c.Text == "pejabat senior AS"));
    }

    [Fact]
    public void WhoSaid_QuoteStartingMidSentence_IsRejectedAsAFragment()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["Blinken menyebut langkah itu diambil “dalam keputusasaan, untuk mencari senjata bagi perangnya di Ukraina.”"]);
        b.Quote(a, "dalam keputusasaan, untuk mencari senjata bagi perangnya di Ukraina.", "Antony Blinken", "Menteri Luar Negeri AS", "Blinken");

        var bank = Generator.Generate(b.Build());

        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.WhoSaid && r.Reason == RejectionReason.QuoteTooShort
            && r.Detail.Contains("fragment", StringComparison.Ordinal));
    }

    [Fact]
    public void Stimulus_QuoteWithTrailingComma_IsShownWithoutIt()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["“Kami akan terus memantau perkembangan di kawasan itu dengan saksama,” kata Kurt Campbell."]);
        b.Quote(a, "Kami akan terus memantau perkembangan di kawasan itu dengan saksama,", "Kurt Campbell", "Wakil Menteri Luar Negeri AS");

        var bank = Generator.Generate(b.Build());

        Assert.Contains(bank.Items, i => i.Kind == ItemKind.WhoSaid && i.Stimulus == "“Kami akan terus memantau perkembangan di kawasan itu dengan saksama”");
    }

    [Theory]
    [InlineData("Campbell mengatakan pekan lalu bahwa Washington khawatir dengan imbalan yang akan diberikan Rusia.",
        "pekan lalu bahwa Washington khawatir dengan imbalan yang akan diberikan Rusia", "Washington khawatir dengan imbalan yang akan diberikan Rusia.")]
    [InlineData("Menurut Acton, Rusia belum siap membantu program nuklir itu.", "Rusia belum siap membantu program nuklir itu", "Rusia belum siap membantu program nuklir itu.")]
    [InlineData("Kim menyampaikan undangan kepada Putin saat berkunjung ke Rusia pada September lalu.",
        "undangan kepada Putin saat berkunjung ke Rusia pada September lalu", null)]
    public void ClaimClause_Of_KeepsOnlyReportedClauses(string sentence, string content, string? expected)
    {
        var b = new FindingsBuilder();
        var a = b.Article("a", "Warta", "Judul", [sentence]);
        var claim = b.Claim(a, sentence, content, "Seseorang Penting");

        Assert.Equal(expected, ClaimClause.Of(claim));
    }

    [Fact]
    public void FactCloze_DecadeYear_ShiftsByTens()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["Perjanjian itu sudah tidak berlaku sejak tahun 1960-an menurut para sejarawan."]);
        b.Fact(a, a.Paragraphs[0].Text, "1960", FactKind.Date);

        var item = Assert.Single(Generator.Generate(b.Build()).Items, i => i.Kind == ItemKind.FactCloze && i.Answer == "1960");

        Assert.Equal(["1960", "1970", "1950", "1980"], item.Choices.Select(c => c.Text));
    }

    [Fact]
    public void FactCloze_AnswerInsideARange_IsNotBlanked()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["Setelah itu Putin akan mengunjungi Vietnam pada 19-20 Juni, kata Kremlin."]);
        b.Fact(a, a.Paragraphs[0].Text, "20 Juni", FactKind.Date);

        var bank = Generator.Generate(b.Build());

        Assert.DoesNotContain(bank.Items, i => i.Kind == ItemKind.FactCloze && i.Answer == "20 Juni");
    }

    [Fact]
    public void RewritesLeftOut_ParaphrasedSentence_DoesNotCount()
    {
        var findings = SampleFindings.Build();
        var a = findings.Corpus.Articles[0];
        var reuse = findings.Reuse.Single(r => r.Relation == ReuseRelation.Rewrite) with
        {
            // Article B paraphrases Stoltenberg's concern; no sentence aligns with the quote, but its words are there.
            LeftOut = [FindingsBuilder.Find(a, $"“{SampleFindings.StoltenbergQuote},” katanya, dilansir The Guardian."), FindingsBuilder.Find(a, a.Paragraphs[2].Text)],
        };

        var leftOut = Rewrites.LeftOut(new GenerationContext(findings, ArticleLanguage.Id), reuse).ToList();

        Assert.Equal([a.Paragraphs[2].Text], leftOut.Select(e => e.Excerpt));
    }

    [Fact]
    public void SpeakerDistractors_PartOfTheAnswer_IsNotOffered()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul",
        [
            "“Kedua pihak akan saling membantu bila salah satunya diserang oleh negara lain,” Pasal 4 dari perjanjian tersebut menyatakan.",
            "Perjanjian tersebut menyatakan bahwa kedua pihak tidak akan bersekutu dengan negara ketiga mana pun.",
        ]);
        b.Quote(a, "Kedua pihak akan saling membantu bila salah satunya diserang oleh negara lain", "Pasal 4 dari perjanjian tersebut", kind: EntityKind.Document);
        b.Claim(a, a.Paragraphs[1].Text, "kedua pihak tidak akan bersekutu dengan negara ketiga mana pun", "Perjanjian tersebut", kind: EntityKind.Document);
        var context = new GenerationContext(b.Build(), ArticleLanguage.Id);
        var treaty = context.Speakers.Single(s => s.Name == "Perjanjian tersebut");

        var distractors = context.SpeakerDistractors(treaty, string.Empty, "salt");

        Assert.DoesNotContain(distractors, d => d.Name == "Pasal 4 dari perjanjian tersebut");
    }

    [Fact]
    public void AccordingToWhom_SameClaimInACopy_IsAskedOnce()
    {
        var b = SampleFindings.Builder();
        const string sentence = "Menurut Acton, Rusia belum siap membantu program nuklir Korea Utara secara langsung.";
        var copy = b.Article("f", "Salinan", "Judul", [sentence]);
        b.Claim(copy, sentence, "Rusia belum siap membantu program nuklir Korea Utara secara langsung", "James Acton", asWritten: "Acton");

        var bank = Generator.Generate(b.Build());

        Assert.Single(bank.Items, i => i.Kind == ItemKind.AccordingToWhom && i.Answer == "James Acton");
        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.AccordingToWhom && r.Reason == RejectionReason.Duplicate);
    }

    [Fact]
    public void FactCloze_PersonDistractors_SpeakOrHaveARole()
    {
        var b = new FindingsBuilder();
        b.Entity("Kim Jong Un", role: "pemimpin Korea Utara");
        b.Entity("Perang Dingin");
        var a = b.Article("a", "Warta", "Judul",
        [
            "Presiden Rusia Vladimir Putin menandatangani kesepakatan dengan pemimpin Korea Utara Kim Jong Un di Pyongyang.",
            "“Kami akan terus memantau perkembangan di kawasan itu dengan saksama,” kata Kurt Campbell.",
        ]);
        b.Quote(a, "Kami akan terus memantau perkembangan di kawasan itu dengan saksama", "Kurt Campbell", "Wakil Menteri Luar Negeri AS");
        b.Entity("Antony Blinken", role: "Menteri Luar Negeri AS");
        b.Fact(a, a.Paragraphs[0].Text, "Kim Jong Un", FactKind.Entity, entityKind: EntityKind.Person);

        var item = Assert.Single(Generator.Generate(b.Build()).Items, i => i.Kind == ItemKind.FactCloze);

        Assert.Equal(["Antony Blinken", "Kurt Campbell"], item.Choices.Where(c => !c.Correct).Select(c => c.Text).Order());
    }

    [Fact]
    public void Lead_Mention_FindsShortNamesOnlyAsWholeWords()
    {
        var b = new FindingsBuilder();
        var a = b.Article("a", "Warta", "Judul", ["Apakah kabar ini benar?", "Kabar itu dilaporkan AP pada hari Senin."], wire: ["AP"]);
        var context = new GenerationContext(b.Build(), ArticleLanguage.Id);

        var mention = Lead.Mention(context, a, "AP");

        Assert.Equal(2, mention?.Paragraph.Value);
    }
}
