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
    public void Description_TitleUnderAQualifier_IsAnotherPerson()
    {
        // en_08: "the prime minister said" after "Deputy Prime Minister John Prescott" is Tony Blair, not Prescott.
        var article = SpeechCorpus.Article(
            "It claims Tony Blair felt he had lost voters' trust. And that at a dinner hosted by Deputy Prime Minister John Prescott " +
            "he told Mr Brown of his intention to stand down. According to Mr Peston the prime minister said: " +
            "\"Help me to get through the year and I will then stand down.\"",
            authors: []);
        var findings = new FindingsExtractor().Extract(SpeechCorpus.Of(article));
        var quote = Assert.Single(findings.Quotes, q => q.Text.StartsWith("Help me", StringComparison.Ordinal));
        Assert.NotEqual("John Prescott", quote.Speaker?.Name);
    }

    [Fact]
    public void Slug_NameWithHyphenAndAccent_GivesAsciiSlug()
    {
        Assert.Equal("kim-hong-kyun", EntityResolver.Slug("Kim Hong-kyun"));
        Assert.Equal("leif-eric-easley", EntityResolver.Slug("Leif-Eric Easley"));
    }
}
