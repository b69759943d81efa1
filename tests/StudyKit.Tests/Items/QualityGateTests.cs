using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Tests.Items;

public sealed class QualityGateTests
{
    private static readonly GenerationContext Context = new(SampleFindings.Build(), ArticleLanguage.Id);

    private static Candidate Candidate(params Choice[] choices)
    {
        var evidence = Context.Findings.Quotes[0].Evidence;
        return new Candidate
        {
            Kind = ItemKind.WhoSaid,
            Key = "k",
            Prompt = "Siapa yang mengatakan kutipan berikut?",
            Stimulus = "“Sebuah kutipan yang cukup panjang untuk diuji.”",
            Choices = [.. choices],
            Answer = choices.Length > 0 ? choices[0].Text : "x",
            Evidence = [evidence],
            Explanation = "x",
            Support = new Support("Jens Stoltenberg berkata sesuatu.", [["Jens Stoltenberg"]]),
        };
    }

    private static readonly Choice[] Fair = [new("Jens Stoltenberg", true), new("Kurt Campbell", false), new("Matthew Miller", false)];

    [Fact]
    public void AllGates_FairCandidate_Pass()
    {
        IQualityGate[] gates = [new ShapeGate(), new QuoteLengthGate(), new StandAloneGate(), new SupportGate(),
            new DistractorGate(), new DuplicateChoicesGate(), new BlankGate(), new YesNoGate()];

        Assert.All(gates, g => Assert.Null(g.Check(Candidate(Fair), Context)));
    }

    [Fact]
    public void SupportGate_AnswerMissingFromEvidence_Rejects()
    {
        var candidate = Candidate(Fair) with { Support = new Support("Kurt Campbell berkata sesuatu.", [["Jens Stoltenberg", "Stoltenberg"]]) };

        Assert.Equal(RejectionReason.UnsupportedAnswer, new SupportGate().Check(candidate, Context)?.Reason);
    }

    [Fact]
    public void DistractorGate_DistractorNamedInEvidence_Rejects()
    {
        var candidate = Candidate(Fair) with { DistractorForms = [["Matthew Miller", "Miller"]], Support = new Support("Stoltenberg dan Miller bertemu.", [["Stoltenberg"]]) };

        var failure = new DistractorGate().Check(candidate, Context);

        Assert.Equal(RejectionReason.DistractorSupported, failure?.Reason);
        Assert.Contains("Miller", failure!.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Putin", "putin.")]
    [InlineData("Sékretaris", "Sekretaris")]
    [InlineData("Kim  Jong Un", "Kim Jong-Un")]
    public void DuplicateChoicesGate_EqualAfterNormalisation_Rejects(string first, string second)
    {
        var candidate = Candidate(new(first, true), new(second, false), new("Lain", false));

        Assert.Equal(RejectionReason.DuplicateChoices, new DuplicateChoicesGate().Check(candidate, Context)?.Reason);
    }

    [Fact]
    public void DuplicateChoicesGate_NumbersWithDifferentGrouping_AreDifferent()
    {
        var candidate = Candidate(new("11.000", true), new("11 000", false), new("1.100", false));

        Assert.Null(new DuplicateChoicesGate().Check(candidate, Context));
    }

    [Fact]
    public void BlankGate_AnswerElsewhereInStem_Rejects()
    {
        var candidate = Candidate(Fair) with { Stimulus = "Sebanyak ____ dikirim, lalu 50 rudal lagi.", BlankForms = ["50 rudal", "50"] };

        Assert.Equal(RejectionReason.BlankGivenAway, new BlankGate().Check(candidate, Context)?.Reason);
    }

    [Fact]
    public void QuoteLengthGate_FiveWords_Rejects()
    {
        var candidate = Candidate(Fair) with { Quote = "tingkat aliansi yang lebih tinggi" };

        Assert.Equal(RejectionReason.QuoteTooShort, new QuoteLengthGate().Check(candidate, Context)?.Reason);
    }

    [Theory]
    [InlineData("Dia mengatakan kesepakatan itu tidak ditujukan ke negara lain.")]
    [InlineData("Hal ini menandakan perubahan kebijakan Rusia.")]
    [InlineData("They said the pact was defensive.")]
    [InlineData("“Ia menolak,” tulis surat kabar itu.")]
    public void StandAloneGate_DanglingOpener_Rejects(string sentence)
    {
        var candidate = Candidate(Fair) with { Sentence = sentence };

        Assert.Equal(RejectionReason.DanglingPronoun, new StandAloneGate().Check(candidate, Context)?.Reason);
    }

    [Theory]
    [InlineData("Diana Putri mengatakan kesepakatan itu penting.")]
    [InlineData("Iran telah menyediakan persenjataan.")]
    [InlineData("Theresa May said the pact was defensive.")]
    public void StandAloneGate_NameThatStartsLikeAPronoun_Passes(string sentence)
    {
        var candidate = Candidate(Fair) with { Sentence = sentence };

        Assert.Null(new StandAloneGate().Check(candidate, Context));
    }

    [Fact]
    public void YesNoGate_YaTidakChoices_Rejects()
    {
        var candidate = Candidate(new("Ya", true), new("Tidak", false), new("Mungkin", false));

        Assert.Equal(RejectionReason.YesNoQuestion, new YesNoGate().Check(candidate, Context)?.Reason);
    }

    [Fact]
    public void ShapeGate_TwoChoices_RejectsForTooFewDistractors()
    {
        var candidate = Candidate(new("Jens Stoltenberg", true), new("Kurt Campbell", false));

        Assert.Equal(RejectionReason.TooFewDistractors, new ShapeGate().Check(candidate, Context)?.Reason);
    }

    [Fact]
    public void ShapeGate_TwoCorrectChoices_Rejects()
    {
        var candidate = Candidate(new("Jens Stoltenberg", true), new("Kurt Campbell", true), new("Matthew Miller", false));

        Assert.Equal(RejectionReason.UnsupportedAnswer, new ShapeGate().Check(candidate, Context)?.Reason);
    }

    [Fact]
    public void ShapeGate_ComparisonInOneArticleCorpus_RejectsForNeedingTwoArticles()
    {
        var b = new FindingsBuilder();
        b.Article("a", "Warta", "Judul", ["Satu-satunya paragraf."]);
        var context = new GenerationContext(b.Build(), ArticleLanguage.Id);

        var failure = new ShapeGate().Check(Candidate(Fair) with { ArticlesNeeded = 2 }, context);

        Assert.Equal(RejectionReason.NeedsTwoArticles, failure?.Reason);
    }
}
