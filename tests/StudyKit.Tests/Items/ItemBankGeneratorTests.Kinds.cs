using System.Text.RegularExpressions;
using StudyKit.Extraction;
using StudyKit.Items;

namespace StudyKit.Tests.Items;

public sealed partial class ItemBankGeneratorTests
{
    [Fact]
    public void WhoSaid_AnalystQuote_OffersOtherAnalystsFirst()
    {
        var item = Single(Sample(), ItemKind.WhoSaid, i => i.Answer == "Leif-Eric Easley");

        Assert.Equal(4, item.Choices.Length);
        Assert.True(item.Choices[0].Correct);
        Assert.Contains(item.Choices, c => c.Text == "James Acton" && !c.Correct);
        Assert.Contains(item.Choices, c => c.Text == "Artyom Lukin" && !c.Correct);
        Assert.Equal("“" + SampleFindings.EasleyQuote + "”", item.Stimulus);
    }

    [Fact]
    public void WhoSaid_PronounQuote_CitesTheSentenceThatNamesTheSpeaker()
    {
        var item = Single(Sample(), ItemKind.WhoSaid, i => i.Answer == "Jens Stoltenberg");

        Assert.Equal(2, item.Evidence.Length);
        Assert.Contains("Jens Stoltenberg", item.Evidence[0].Excerpt, StringComparison.Ordinal);
        Assert.Contains("katanya", item.Evidence[1].Excerpt, StringComparison.Ordinal);
        Assert.Equal(3, item.Difficulty);
    }

    [Fact]
    public void WhoSaid_ShortQuote_IsRejectedAsTooShort()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["Kim menyebut pakta itu sebagai “aliansi baru” dalam pidatonya."]);
        b.Quote(a, "aliansi baru", "Kim Jong Un", "pemimpin Korea Utara", "Kim");

        var bank = Generator.Generate(b.Build());

        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.WhoSaid && r.Reason == RejectionReason.QuoteTooShort);
        Assert.DoesNotContain(bank.Items, i => i.Kind == ItemKind.WhoSaid && i.Stimulus == "“aliansi baru”");
    }

    [Fact]
    public void FactCloze_Number_BlanksTheAnswerAndWritesDistractorsInIndonesianNotation()
    {
        var item = Single(Sample(), ItemKind.FactCloze, i => i.Answer == "11.000 kontainer");

        Assert.Contains("lebih dari ____ amunisi", item.Stimulus, StringComparison.Ordinal);
        Assert.DoesNotContain("11.000", item.Stimulus, StringComparison.Ordinal);
        Assert.All(item.Choices, c => Assert.Matches(@"^\d{1,3}(\.\d{3})* kontainer$", c.Text));
        Assert.Equal("Lengkapilah kalimat berikut dengan angka yang tepat.", item.Prompt);
    }

    [Fact]
    public void FactCloze_SmallNumberWithThousandsDistractor_GroupsTheThousands()
    {
        var item = Single(Sample(), ItemKind.FactCloze, i => i.Answer == "243 barang");

        Assert.DoesNotContain(item.Choices, c => Regex.IsMatch(c.Text, @"\d{4}"));
    }

    [Fact]
    public void FactCloze_DateWithWeekday_ShiftsWeekdayWithTheDate()
    {
        var item = Single(Sample(), ItemKind.FactCloze, i => i.Answer == "Rabu (19/6/2024)");

        Assert.Contains(item.Choices, c => c.Text == "Kamis (20/6/2024)");
        Assert.Contains(item.Choices, c => c.Text == "Selasa (18/6/2024)");
        Assert.Equal(4, item.Choices.Length);
    }

    [Fact]
    public void FactCloze_Dateline_IsNotShownInTheStem()
    {
        var item = Single(Sample(), ItemKind.FactCloze, i => i.Answer == "24 tahun");

        Assert.StartsWith("Putin akan mengunjungi", item.Stimulus, StringComparison.Ordinal);
    }

    [Fact]
    public void FactCloze_AnswerRepeatedInSentence_IsRejectedAsGivenAway()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["Sebanyak 50 rudal dikirim, dan 50 rudal lagi menyusul bulan depan."]);
        b.Fact(a, a.Paragraphs[0].Text, "50 rudal", FactKind.Number, 50, "rudal");

        var bank = Generator.Generate(b.Build());

        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.FactCloze && r.Reason == RejectionReason.BlankGivenAway);
    }

    [Fact]
    public void FactCloze_SentenceOpeningWithPronoun_IsRejectedAsDangling()
    {
        var b = SampleFindings.Builder();
        var a = b.Article("f", "Warta", "Judul", ["Ia mengatakan ada sekitar 50 rudal yang dikirim ke Rusia."]);
        b.Fact(a, a.Paragraphs[0].Text, "50 rudal", FactKind.Number, 50, "rudal");

        var bank = Generator.Generate(b.Build());

        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.FactCloze && r.Reason == RejectionReason.DanglingPronoun);
    }

    [Fact]
    public void AccordingToWhom_Claim_AsksForItsSource()
    {
        var item = Single(Sample(), ItemKind.AccordingToWhom, i => i.Answer == "Matthew Miller");

        Assert.Equal("Menurut artikel C, siapa yang menyampaikan pernyataan berikut?", item.Prompt);
        Assert.Equal("Korea Utara telah memasok lebih dari 11.000 kontainer amunisi ke Rusia.", item.Stimulus);
        Assert.DoesNotContain(item.Choices.Skip(1), c => c.Text is "Leif-Eric Easley" or "James Acton" or "Artyom Lukin");
    }

    [Fact]
    public void WhichArticle_Choices_AreLabelsWithOutletsInTheSameLanguage()
    {
        var item = Single(Sample(), ItemKind.WhichArticle, i => i.Stimulus == "“" + SampleFindings.EasleyQuote + "”");

        Assert.Equal("Artikel C (Harian Timur)", item.Answer);
        Assert.DoesNotContain(item.Choices, c => c.Text.Contains("Daily Ledger", StringComparison.Ordinal));
        Assert.All(item.Choices, c => Assert.Matches(@"^Artikel [A-E] \(.+\)$", c.Text));
    }

    [Fact]
    public void WhichArticle_QuoteWithAVariantElsewhere_LeavesThatArticleOut()
    {
        var item = Single(Sample(), ItemKind.WhichArticle, i => i.Stimulus == "“" + SampleFindings.PutinQuoteA + "”");

        Assert.DoesNotContain(item.Choices, c => c.Text.StartsWith("Artikel C", StringComparison.Ordinal));
    }

    [Fact]
    public void WhichArticle_OnlyEnglishArticle_IsRejectedForTooFewDistractors()
    {
        var bank = Sample();

        Assert.Contains(bank.Rejections, r => r.Kind == ItemKind.WhichArticle && r.Reason == RejectionReason.TooFewDistractors
            && r.Candidate.Contains("Nothing is ruled out", StringComparison.Ordinal));
    }

    [Fact]
    public void WhichAgency_CreditedWire_OffersOnlyAgenciesNotNamedInTheArticle()
    {
        var item = Single(Sample(), ItemKind.WhichAgency, i => i.Prompt.EndsWith("artikel C?", StringComparison.Ordinal));

        Assert.Equal("Reuters", item.Answer);
        Assert.DoesNotContain(item.Choices, c => c.Text is "Harian Timur" or "Warta Satu" or "The Guardian");
        Assert.True(item.Choices.Length >= 3);
    }

    [Fact]
    public void QuoteVia_QuoteCreditedToGuardian_AnswersTheGuardian()
    {
        var item = Single(Sample(), ItemKind.QuoteVia, i => i.Stimulus == "“" + SampleFindings.StoltenbergQuote + "”");

        Assert.Equal("The Guardian", item.Answer);
        Assert.Contains("dilansir The Guardian", item.Evidence[0].Excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Choices, c => c.Text == "Tass");
    }

    [Fact]
    public void WhichRewrites_Rewrite_AnswersTheSourceAndLeavesBothArticlesOutOfTheDistractors()
    {
        var item = Assert.Single(Sample().Items, i => i.Kind == ItemKind.WhichRewrites);

        Assert.Equal("Artikel B menulis ulang salah satu artikel lain. Artikel yang mana?", item.Prompt);
        Assert.Equal("Artikel A (Warta Satu)", item.Answer);
        Assert.DoesNotContain(item.Choices, c => c.Text.StartsWith("Artikel B", StringComparison.Ordinal));
        Assert.Contains("80%", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void RewriteChanges_Key_IsASentenceTheRewriteLeftOut()
    {
        var reuse = SampleFindings.Build().Reuse.Single(r => r.Relation == ReuseRelation.Rewrite);
        var items = Sample().Items.Where(i => i.Kind == ItemKind.RewriteChanges).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains(reuse.LeftOut, e => e.Span == i.Evidence[0].Span));
        Assert.All(items, i => Assert.All(i.Choices, c => Assert.EndsWith("…", c.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void WhichReport_SameYearInTwoArticles_AnswersBothLabels()
    {
        var item = Single(Sample(), ItemKind.WhichReport, i => i.Stimulus == "Putin terakhir kali mengunjungi Pyongyang pada Juli 2000.");

        Assert.Equal("C dan D", item.Answer);
        Assert.Equal(4, item.Choices.Length);
        Assert.Equal(4, item.Choices.Select(c => c.Text).Distinct().Count());
    }

    [Fact]
    public void QuoteWording_VariantLink_KeysOwnWordingAndExplainsTranslationWhenAnAgencyIsCredited()
    {
        var item = Assert.Single(Sample().Items, i => i.Kind == ItemKind.QuoteWording);

        Assert.Equal(ItemTexts.Id.QuoteWordingAnswer, item.Answer);
        // Article C credits Reuters: the explanation may say the outlets translated.
        Assert.Contains("menerjemahkan sendiri", item.Explanation, StringComparison.Ordinal);
        Assert.Contains(SampleFindings.PutinQuoteA, item.Stimulus, StringComparison.Ordinal);
        Assert.Contains(SampleFindings.PutinQuoteC, item.Stimulus, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchQuotes_Pairs_AreThreeToFiveWithDistinctSpeakers()
    {
        var items = Sample().Items.Where(i => i.Kind == ItemKind.MatchQuotes).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.InRange(i.Pairs.Length, 3, 5));
        Assert.All(items, i => Assert.Equal(i.Pairs.Length, i.Pairs.Select(p => p.Right).Distinct().Count()));
    }

    [Fact]
    public void MatchSources_Outlets_PairEachArticleWithItsOutlet()
    {
        var item = Assert.Single(Sample().Items, i => i.Kind == ItemKind.MatchSources && i.Prompt == ItemTexts.Id.MatchOutletsPrompt);

        Assert.Contains(item.Pairs, p => p.Left.StartsWith("Artikel C", StringComparison.Ordinal) && p.Right == "Harian Timur");
    }

    [Fact]
    public void TrueFalse_FalseStatements_NameARealOtherSpeakerOrArticle()
    {
        var items = Sample().Items.Where(i => i.Kind == ItemKind.TrueFalse).ToList();

        Assert.Contains(items, i => i.Answer == "Salah");
        Assert.Contains(items, i => i.Answer == "Benar");
        Assert.All(items, i => Assert.Equal(["Benar", "Salah"], i.Choices.Select(c => c.Text)));
        Assert.All(items.Where(i => i.Answer == "Salah"), i => Assert.StartsWith("Salah: ", i.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Discussion_Headlines_ComparesTitlesOfRelatedArticles()
    {
        var item = Single(Sample(), ItemKind.Discussion, i => i.Prompt.StartsWith("Bandingkan judul artikel A dan artikel B", StringComparison.Ordinal));

        Assert.Contains("“Cemas”", item.Answer, StringComparison.Ordinal);
        Assert.Contains("“Panik”", item.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("“Jong”", item.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_HaveFrontBackAndSource()
    {
        var bank = Sample();

        var term = Single(bank, ItemKind.TermCard, i => i.Prompt == "ICBM");
        Assert.Equal("rudal balistik antarbenua", term.Answer);
        var person = Single(bank, ItemKind.PersonCard, i => i.Prompt == "Matthew Miller");
        Assert.Equal("Juru bicara Departemen Luar Negeri AS. Pernyataan yang dilaporkan (bukan kutipan langsung): Korea Utara telah memasok lebih dari 11.000 kontainer amunisi ke Rusia.", person.Answer);
        var quote = Single(bank, ItemKind.QuoteCard, i => i.Prompt == "“" + SampleFindings.EasleyQuote + "”");
        Assert.Equal("Leif-Eric Easley (profesor di Universitas Ewha)", quote.Answer);
        var fact = Single(bank, ItemKind.FactCard, i => i.Answer == "Juli 2000" && i.Tags.Contains("c_timur"));
        Assert.Equal("Putin terakhir kali mengunjungi Pyongyang pada ____.", fact.Prompt);
    }

    [Fact]
    public void Generate_EverySpeaker_AppearsInAnItem()
    {
        var findings = SampleFindings.Build();
        var bank = Generator.Generate(findings);
        var speakers = findings.Quotes.Select(q => q.Speaker!.Entity.Value).Concat(findings.Claims.Select(c => c.Speaker!.Entity.Value)).Distinct();

        Assert.All(speakers, s => Assert.Contains(bank.Items, i => i.Tags.Contains(s)));
    }
}
