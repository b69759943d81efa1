using StudyKit.Extraction;

namespace StudyKit.Tests.Devset;

/// <summary>Quote extraction measured on the seeds and the devset against <c>gold.json</c>.</summary>
public sealed class QuoteEvaluationTests
{
    private static QuoteEvaluation Run()
    {
        var devset = SharedFolder.DevsetOrSkip();
        var shared = Path.GetDirectoryName(devset)!;
        var gold = QuoteEvaluator.LoadGold(File.ReadAllText(Path.Combine(devset, "gold.json")));
        var corpus = QuoteEvaluator.ReadCorpus(shared, gold);
        return QuoteEvaluator.Evaluate(gold, new FindingsExtractor().Extract(corpus));
    }

    [Fact]
    public void Evaluate_SeedsAndDevset_WritesFullReport()
    {
        var evaluation = Run();
        var report = QuoteEvaluator.Report(evaluation);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.Contains("precision", report, StringComparison.Ordinal);
        Assert.Equal(evaluation.Matches.Count, evaluation.Overall.Gold + evaluation.Matches.Count(m => m.Gold.Borderline));
    }

    [Fact]
    public void Evaluate_SeedsAndDevset_MeetsQuoteTargets()
    {
        var s = Run().Overall;
        Assert.True(s.Precision >= 0.95, $"quote precision {s.Precision:0.000} < 0.95");
        Assert.True(s.Recall >= 0.92, $"quote recall {s.Recall:0.000} < 0.92");
    }

    [Fact]
    public void Evaluate_SeedsAndDevset_MeetsSpeakerAndViaTargets()
    {
        var s = Run().Overall;
        Assert.True(s.SpeakerAccuracy >= 0.90, $"speaker accuracy {s.SpeakerAccuracy:0.000} < 0.90");
        Assert.True(s.ViaRecall >= 0.85, $"via recall {s.ViaRecall:0.000} < 0.85");
        Assert.True(s.ViaSpuriousRate <= 0.05, $"spurious via {s.ViaSpuriousRate:0.000} > 0.05");
    }

    [Fact]
    public void Overlap_WordSubsequence_CountsGoldWordsCovered()
    {
        Assert.Equal(1.0, QuoteEvaluator.Overlap("Saya bukan raja,", "saya bukan raja"));
        Assert.Equal(0.5, QuoteEvaluator.Overlap("satu dua tiga empat", "satu dua"));
        Assert.True(QuoteEvaluator.SameVia("GMTV's Sunday Programme", "GMTV"));
        Assert.False(QuoteEvaluator.SameSpeaker(null, "Tony Blair"));
    }
}
