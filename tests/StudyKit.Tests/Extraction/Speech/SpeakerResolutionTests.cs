using StudyKit.Extraction;
using StudyKit.Tests.TestData;

namespace StudyKit.Tests.Extraction.Speech;

/// <summary>Coreference on the seed articles: short names find their full names, family-name-first aware.</summary>
public sealed class SpeakerResolutionTests
{
    private static readonly Lazy<Findings> Findings = new(() => new FindingsExtractor().Extract(Seeds.Corpus()));

    [Theory]
    [InlineData("Kim", "Kim Jong Un")]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("Miller", "Matthew Miller")]
    [InlineData("Town", "Jenny Town")]
    [InlineData("Lukin", "Artyom Lukin")]
    public void Seeds_ShortNameAsWritten_ResolvesToFullName(string written, string canonical)
    {
        var quotes = Findings.Value.Quotes.Where(q => q.SpeakerAsWritten == written).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(canonical, q.Speaker?.Name));
    }

    [Fact]
    public void Seeds_ThreeKims_StayThreeEntities()
    {
        var ids = Findings.Value.Entities.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("kim-jong-un", ids);
        Assert.Contains("kim-hong-kyun", ids);
        Assert.DoesNotContain(Findings.Value.Quotes, q => q.Speaker?.Name is "Jack Kim" or "Kim Hong-kyun");
        var kimJongUn = Findings.Value.Entities.Single(e => e.Id.Value == "kim-jong-un");
        Assert.Contains("Kim", kimJongUn.Aliases);
        Assert.DoesNotContain(Findings.Value.Entities, e => e.Aliases.Contains("Kim") && e.Id.Value != "kim-jong-un");
    }

    [Fact]
    public void Seeds_Entities_SortedByIdWithSlugIds()
    {
        var entities = Findings.Value.Entities;
        Assert.Equal(entities.Select(e => e.Id.Value).Order(StringComparer.Ordinal), entities.Select(e => e.Id.Value));
        Assert.All(entities, e => Assert.Equal(EntityResolver.Slug(e.Name), e.Id.Value));
        Assert.All(entities, e => Assert.Equal(e.Aliases.Order(StringComparer.Ordinal), e.Aliases));
    }

    [Fact]
    public void Byline_Author_IsNeverASpeaker()
    {
        var article = SpeechCorpus.Article(
            "Laporan oleh Jack Kim di Seoul.\n\nPemimpin Korea Utara Kim Jong Un meninjau pabrik rudal.\n\n“Produksi harus dipercepat tahun ini,” kata Kim.",
            authors: ["Jack Kim"]);
        var findings = new FindingsExtractor().Extract(SpeechCorpus.Of(article));
        Assert.Equal("Kim Jong Un", Assert.Single(findings.Quotes).Speaker?.Name);
        Assert.DoesNotContain(findings.Entities, e => e.Name == "Jack Kim");
    }

    [Fact]
    public void Role_AfterConjunction_BelongsToTheSecondPersonOnly()
    {
        var article = SpeechCorpus.Article(
            "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertemu di Pyongyang.\n\n“Kami akan saling membantu,” kata Kim.",
            authors: []);
        var findings = new FindingsExtractor().Extract(SpeechCorpus.Of(article));
        var kim = Assert.Single(findings.Entities, e => e.Name == "Kim Jong Un");
        Assert.Contains("pemimpin Korea Utara", kim.Roles);
        Assert.DoesNotContain(kim.Roles, r => r.Contains("Putin", StringComparison.Ordinal));
    }

    [Fact]
    public void Slug_NameWithHyphenAndAccent_GivesAsciiSlug()
    {
        Assert.Equal("kim-hong-kyun", EntityResolver.Slug("Kim Hong-kyun"));
        Assert.Equal("leif-eric-easley", EntityResolver.Slug("Leif-Eric Easley"));
    }
}
