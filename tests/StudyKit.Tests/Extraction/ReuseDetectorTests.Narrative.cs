using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

/// <summary>What reuse scores: the narrative, with quotes removed.</summary>
public sealed partial class ReuseDetectorTests
{
    [Fact]
    public void NarrativeProfile_TextBetweenMarks_IsRemovedEvenWithoutQuotes()
    {
        var article = FactArticles.Make("a", ArticleLanguage.Id,
            "Menteri itu datang pagi. “Kami siap membantu semua warga,” katanya. Ia lalu pergi \"dengan cepat\" ke kantor.");

        var profile = NarrativeProfile.Of(article, []);

        Assert.Equal(FiveGrams("menteri", "itu", "datang", "pagi", "katanya", "ia", "lalu", "pergi", "ke", "kantor"), profile.FiveGramHashes);
    }

    [Fact]
    public void NarrativeProfile_GivenQuoteSpans_AreRemoved()
    {
        var article = FactArticles.Make("a", ArticleLanguage.Id, "Menteri itu berkata kami siap membantu warga hari ini.");
        var start = article.Text.IndexOf("kami", StringComparison.Ordinal);
        var end = article.Text.IndexOf(" hari", StringComparison.Ordinal);

        var profile = NarrativeProfile.Of(article, [new TextSpan(start, end)]);

        Assert.Equal(FiveGrams("menteri", "itu", "berkata", "hari", "ini"), profile.FiveGramHashes);
    }

    [Fact]
    public void NarrativeProfile_Anchors_AreNumbersAndNonInitialNames()
    {
        var article = FactArticles.Make("a", ArticleLanguage.Id, "Pada Rabu, Putin tiba di Pyongyang bersama 11.000 tentara.");

        var profile = NarrativeProfile.Of(article, []);

        Assert.Equal(Hashes("rabu", "putin", "pyongyang", "11000"), profile.AnchorHashes);
    }

    // The profile keeps its words as hashes only: the expected words are hashed as it hashes them. Overlapping
    // 5-grams of a run of five or more words pin down every word and its place.
    private static ulong[] Hashes(params string[] words) => [.. words.Select(w => Shingles.Hash(w))];

    private static ulong[] FiveGrams(params string[] words) => Shingles.WordGramHashes(Hashes(words), NarrativeProfile.WordGram);
}
