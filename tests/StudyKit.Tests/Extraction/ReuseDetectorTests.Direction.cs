using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

/// <summary>Which article of a related pair is the derived one.</summary>
public sealed partial class ReuseDetectorTests
{
    [Fact]
    public void Detect_TrimmedCopyWithoutDates_IsDerivedFromTheFullStory()
    {
        var full = FactArticles.Make("b_full", ArticleLanguage.Id, Bridge);
        var trimmed = FactArticles.Make("a_trimmed", ArticleLanguage.Id, Bridge[..3]);

        var reuse = Assert.Single(Detect(full, trimmed));

        Assert.Equal(("a_trimmed", "b_full"), (reuse.Article.Value, reuse.Source.Value));
    }

    [Fact]
    public void Detect_DatesKnown_LaterArticleIsDerivedWhateverItsShape()
    {
        var earlierSubset = FactArticles.Make("a_subset", ArticleLanguage.Id, Day(10), [], Bridge[..3]);
        var laterFull = FactArticles.Make("b_full", ArticleLanguage.Id, Day(12), [], Bridge);

        var reuse = Assert.Single(Detect(earlierSubset, laterFull));

        Assert.Equal(("b_full", "a_subset"), (reuse.Article.Value, reuse.Source.Value));
    }

    [Fact]
    public void Detect_ArticleCreditingTheOtherOutlet_IsDerived()
    {
        var original = FactArticles.Make("b_original", ArticleLanguage.Id, Bridge[..3]) with { Outlet = "Warta Lestari" };
        var credited = FactArticles.Make("a_credited", ArticleLanguage.Id, [.. Bridge, "Berita ini pertama kali dimuat Warta Lestari."]) with { Outlet = "Kabar Kita" };

        var reuse = Assert.Single(Detect(original, credited));

        Assert.Equal(("a_credited", "b_original"), (reuse.Article.Value, reuse.Source.Value));
    }
}
