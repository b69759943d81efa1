using StudyKit.Reading;

namespace StudyKit.Tests.Reading;

public sealed class SourcesFileTests
{
    private const string Path = "articles/sources.yaml";

    [Fact]
    public void Parse_FullEntry_ReadsEveryField()
    {
        const string yaml = """
            b.txt:
              title: Judul B
            a.txt:
              title: Judul A
              outlet: Kompas.com
              url: https://example.org/a
              authors: [Ani Lestari, Budi Hartono]
              published: 2024-06-20T18:34+07:00
              language: en
              wire:
                - Reuters
            """;

        var overrides = SourcesFile.Parse(Path, yaml);

        Assert.Equal(["a.txt", "b.txt"], overrides.Select(o => o.File));
        var a = overrides[0];
        Assert.Equal("Judul A", a.Title);
        Assert.Equal("Kompas.com", a.Outlet);
        Assert.Equal("https://example.org/a", a.Url);
        Assert.Equal(["Ani Lestari", "Budi Hartono"], a.Authors!.Value);
        Assert.Equal("2024-06-20T18:34+07:00", a.Published?.ToString());
        Assert.Equal(ArticleLanguage.En, a.Language);
        Assert.Equal(["Reuters"], a.Wire!.Value);
        Assert.Null(overrides[1].Outlet);
    }

    [Theory]
    [InlineData("2024-06-20", "2024-06-20")]
    [InlineData("2024-06-20T18:34", "2024-06-20T18:34")]
    [InlineData("2024-06-20T18:34:00+08:00", "2024-06-20T18:34+08:00")]
    public void Parse_PublishedForms_AreAccepted(string value, string expected)
    {
        var overrides = SourcesFile.Parse(Path, $"a.txt:\n  published: {value}\n");

        Assert.Equal(expected, overrides[0].Published?.ToString());
    }

    [Fact]
    public void Parse_EmptyFile_GivesNoOverrides()
    {
        Assert.Empty(SourcesFile.Parse(Path, "   \n"));
    }

    [Theory]
    [InlineData("a.txt:\n  title: [unclosed\n", "sources.yaml is not valid YAML", 3)]
    [InlineData("- a.txt\n", "sources.yaml must map file names to entries", 1)]
    [InlineData("a.txt: judul saja\n", "the entry for 'a.txt' must be a mapping of fields", 1)]
    [InlineData("a.txt:\n  penulis: Ani\n", "unknown field 'penulis' (expected title, outlet, url, authors, published, language, wire)", 2)]
    [InlineData("a.txt:\n  authors: Ani\n", "field 'authors' must be a list of names", 2)]
    [InlineData("a.txt:\n  title: [a, b]\n", "field 'title' must be a single value", 2)]
    [InlineData("a.txt:\n  published: 20 Juni 2024\n", "field 'published' must be an ISO date or date-time, not '20 Juni 2024'", 2)]
    [InlineData("a.txt:\n  published: 2024-02-30\n", "field 'published' must be an ISO date or date-time, not '2024-02-30'", 2)]
    [InlineData("a.txt:\n  language: fr\n", "field 'language' must be 'id' or 'en', not 'fr'", 2)]
    [InlineData("a.txt:\n  title: !!python/object:os.system x\n", "YAML tags are not allowed ('tag:yaml.org,2002:python/object:os.system')", 2)]
    [InlineData("a.txt: !Override\n  title: x\n", "YAML tags are not allowed ('!Override')", 1)]
    [InlineData("a.txt:\n  title: x\na.txt:\n  title: y\n", "sources.yaml is not valid YAML", 3)]
    public void Parse_BadInput_ThrowsOneLineWithLine(string yaml, string message, int line)
    {
        var error = Assert.Throws<StudyKitInputException>(() => SourcesFile.Parse(Path, yaml));

        Assert.Equal(Path, error.SourcePath);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Read_Override_ReplacesInferredValues()
    {
        var overrides = SourcesFile.Parse(Path, "x.txt:\n  outlet: Tempo\n  language: en\n  wire: [AFP]\n");

        var corpus = new CorpusReader().Read([new SourceDocument("x.txt", "JAKARTA, KOMPAS.com - Harga naik.")], overrides);

        Assert.Equal("Tempo", corpus.Articles[0].Outlet);
        Assert.Equal(ArticleLanguage.En, corpus.Articles[0].Language);
        Assert.Equal(["AFP"], corpus.Articles[0].Wire);
    }

    [Fact]
    public void Read_OverrideForMissingFile_IsADiagnostic()
    {
        var overrides = SourcesFile.Parse(Path, "hilang.txt:\n  outlet: Tempo\n");

        var corpus = new CorpusReader().Read([new SourceDocument("x.txt", "Harga naik hari ini.")], overrides);

        Assert.Contains(corpus.Diagnostics, d => d.Article is null && d.Code == "override-unused");
    }
}
