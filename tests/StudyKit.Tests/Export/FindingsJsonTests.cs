using System.Text;
using System.Text.Json;
using StudyKit.Export;
using StudyKit.Extraction;
using StudyKit.Reading;
using YamlDotNet.RepresentationModel;

namespace StudyKit.Tests.Export;

public sealed class FindingsJsonTests
{
    private static Findings Sample()
    {
        var kontan = ExportFixture.Kontan;
        var reuters = ExportFixture.Reuters;
        var budi = new Speaker(new EntityId("budi-santoso"), "Budi Santoso", "Menteri Perdagangan");
        var quote = new Quote
        {
            Id = new QuoteId("001_kontan#q1"),
            Evidence = ExportFixture.Find(kontan, "Kami optimistis {target} tercapai ~ 100%"),
            Speaker = budi,
            SpeakerAsWritten = "Budi Santoso",
            Via = null,
            Pattern = QuotePattern.QuoteVerbSpeaker,
        };
        var english = quote with
        {
            Id = new QuoteId("002_reuters#q1"),
            Evidence = ExportFixture.Find(reuters, "We are optimistic the target: #1 will be met"),
            Speaker = budi with { Role = null },
            Via = "Reuters",
        };
        return new Findings
        {
            Corpus = new Corpus([kontan, reuters], [new Diagnostic(reuters.Id, "no-outlet", "no outlet line")]),
            Quotes = [quote, english],
            Claims = [new Claim { Evidence = ExportFixture.Find(reuters, "Analysts said the ICBM (intercontinental ballistic missile) test did not affect trade."), Content = "the ICBM test did not affect trade", SpeakerAsWritten = "Analysts" }],
            Facts = [new Fact { Evidence = ExportFixture.Find(kontan, "ekspor naik 12,5% pada Juni 2024"), Answer = ExportFixture.Find(kontan, "12,5%"), Kind = FactKind.Number, Value = 12.5m, Unit = "%" }],
            Entities = [new Entity { Id = budi.Entity, Name = budi.Name, Kind = EntityKind.Person, Roles = ["Menteri Perdagangan"], Articles = [kontan.Id, reuters.Id] }],
            Terms = [new Term("ICBM", "intercontinental ballistic missile", ExportFixture.Find(reuters, "ICBM (intercontinental ballistic missile)"))],
            Reuse = [new Reuse
            {
                Article = reuters.Id,
                Source = kontan.Id,
                Containment = 2.0 / 3.0,
                SourceContainment = 0.123456,
                Relation = ReuseRelation.Rewrite,
                Pairs = [new AlignedPair(ExportFixture.Find(reuters, "Exports rose 12.5% in June"), ExportFixture.Find(kontan, "ekspor naik 12,5% pada Juni"), 0.91237, true)],
                LeftOut = [ExportFixture.Find(kontan, "Sumber: Reuters.")],
            }],
            QuoteLinks = [new QuoteLink(QuoteLinkRelation.Variant, [quote.Id, english.Id])],
        };
    }

    [Fact]
    public void Write_Json_HasTheContractShape()
    {
        using var json = JsonDocument.Parse(FindingsJson.Write(Sample()));
        var root = json.RootElement;

        Assert.Equal(["schema", "articles", "quotes", "claims", "facts", "entities", "terms", "reuse", "quoteLinks", "diagnostics"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("studykit.findings/1", root.GetProperty("schema").GetString());
        var article = root.GetProperty("articles")[0];
        foreach (var field in new[] { "id", "file", "label", "title", "outlet", "authors", "published", "wire", "language", "paragraphs", "noise" })
        {
            Assert.True(article.TryGetProperty(field, out _), field);
        }
        Assert.Equal("2024-06-19T18:34+07:00", article.GetProperty("published").GetString());
        Assert.Equal(2, article.GetProperty("paragraphs")[1].GetProperty("n").GetInt32());
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal(["id", "article", "paragraph", "text", "speaker", "speakerAsWritten", "via", "pattern", "partial", "span"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal("001_kontan", quote.GetProperty("article").GetString());
        Assert.Equal("Menteri Perdagangan", quote.GetProperty("speaker").GetProperty("role").GetString());
        var span = quote.GetProperty("span").EnumerateArray().Select(s => s.GetInt32()).ToArray();
        Assert.Equal(ExportFixture.Kontan.Text[span[0]..span[1]], quote.GetProperty("text").GetString());
        Assert.Equal("quote-verb-speaker", quote.GetProperty("pattern").GetString());
        var reuse = root.GetProperty("reuse")[0];
        Assert.Equal("002_reuters", reuse.GetProperty("article").GetString());
        Assert.Equal("001_kontan", reuse.GetProperty("source").GetString());
        Assert.Equal("0.6667", reuse.GetProperty("containment").GetRawText());
        Assert.Equal("0.1235", reuse.GetProperty("sourceContainment").GetRawText());
        Assert.Equal("0.9124", reuse.GetProperty("pairs")[0].GetProperty("similarity").GetRawText());
        Assert.Equal("12.5", root.GetProperty("facts")[0].GetProperty("value").GetRawText());
    }

    [Fact]
    public void Write_Json_IsDeterministicUtf8WithoutBomAndKeepsNonAscii()
    {
        var first = FindingsJson.Write(Sample());
        var second = FindingsJson.Write(Sample());

        Assert.Equal(first, second);
        Assert.NotEqual(0xEF, first[0]);
        var text = Encoding.UTF8.GetString(first);
        Assert.DoesNotContain('\r', text);
        Assert.Contains("“Kami optimistis {target} tercapai ~ 100%,”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Yaml_HasTheSameFieldsAsJson()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Encoding.UTF8.GetString(FindingsJson.Write(Sample(), DataFormat.Yaml))));
        using var json = JsonDocument.Parse(FindingsJson.Write(Sample()));

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(json.RootElement.EnumerateObject().Select(p => p.Name), root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        var quote = (YamlMappingNode)((YamlSequenceNode)root["quotes"])[0];
        Assert.Equal("Kami optimistis {target} tercapai ~ 100%", ((YamlScalarNode)quote["text"]).Value);
        Assert.Equal("0.6667", ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)root["reuse"])[0])["containment"]).Value);
    }
}
