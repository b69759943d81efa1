using System.Text;
using StudyKit.Extraction;

namespace StudyKit.Export;

/// <summary>
/// Writes <see cref="Findings"/> in the shape of the CLI contract (<c>studykit extract</c>), schema
/// <c>studykit.findings/1</c>: articles, quotes, claims, facts, entities, terms, reuse, quote links and
/// diagnostics. Deterministic: fields in a fixed order, lists in the model's order, numbers invariant and
/// rounded to 4 decimals, <c>\n</c> line ends, UTF-8 without BOM, non-ASCII written as is.
/// </summary>
public static class FindingsJson
{
    /// <summary>The schema id written in every file.</summary>
    public const string Schema = "studykit.findings/1";

    /// <summary>The findings as UTF-8 JSON or YAML bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public static byte[] Write(Findings findings, DataFormat format = DataFormat.Json)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var root = Tree(findings);
        return format == DataFormat.Yaml ? new UTF8Encoding(false).GetBytes(YamlTree.Write(root)) : JsonTree.Write(root);
    }

    internal static DataMap Tree(Findings findings) => new DataMapBuilder()
        .Add("schema", Schema)
        .Add("articles", DataNode.List(findings.Corpus.Articles.Select(ModelNodes.Article)))
        .Add("quotes", DataNode.List(findings.Quotes.Select(Quote)))
        .Add("claims", DataNode.List(findings.Claims.Select(Claim)))
        .Add("facts", DataNode.List(findings.Facts.Select(Fact)))
        .Add("entities", DataNode.List(findings.Entities.Select(Entity)))
        .Add("terms", DataNode.List(findings.Terms.Select(Term)))
        .Add("reuse", DataNode.List(findings.Reuse.Select(Reuse)))
        .Add("quoteLinks", DataNode.List(findings.QuoteLinks.Select(l => new DataMapBuilder()
            .Add("relation", ExportNames.Of(l.Relation))
            .Add("quotes", DataNode.Strings(l.Quotes.Select(q => q.Value)))
            .Build())))
        .Add("diagnostics", DataNode.List(findings.Corpus.Diagnostics.Select(d => new DataMapBuilder()
            .Add("article", d.Article?.Value)
            .Add("code", d.Code)
            .Add("message", d.Message)
            .Build())))
        .Build();

    private static DataMap Quote(Quote quote) => new DataMapBuilder()
        .Add("id", quote.Id.Value)
        .Add("article", quote.Evidence.Article.Value)
        .Add("paragraph", DataNode.Number(quote.Evidence.Paragraph.Value))
        .Add("text", quote.Text)
        .Add("speaker", ModelNodes.Speaker(quote.Speaker))
        .Add("speakerAsWritten", quote.SpeakerAsWritten)
        .Add("via", quote.Via)
        .Add("pattern", ExportNames.Of(quote.Pattern))
        .Add("partial", DataNode.Bool(quote.Partial))
        .Add("span", ModelNodes.Span(quote.Evidence.Span))
        .Build();

    private static DataMap Claim(Claim claim) => ModelNodes.Located(new DataMapBuilder(), claim.Evidence)
        .Add("content", claim.Content)
        .Add("speaker", ModelNodes.Speaker(claim.Speaker))
        .Add("speakerAsWritten", claim.SpeakerAsWritten)
        .Add("via", claim.Via)
        .Build();

    private static DataMap Fact(Fact fact) => ModelNodes.Located(new DataMapBuilder(), fact.Evidence)
        .Add("kind", ExportNames.Of(fact.Kind))
        .Add("answer", new DataMapBuilder()
            .Add("text", fact.Answer.Excerpt)
            .Add("span", ModelNodes.Span(fact.Answer.Span))
            .Build())
        .Add("value", DataNode.Number(fact.Value))
        .Add("unit", fact.Unit)
        .Add("entityKind", fact.EntityKind is { } k ? ExportNames.Of(k) : null)
        .Build();

    private static DataMap Entity(Entity entity) => new DataMapBuilder()
        .Add("id", entity.Id.Value)
        .Add("name", entity.Name)
        .Add("kind", ExportNames.Of(entity.Kind))
        .Add("aliases", DataNode.Strings(entity.Aliases))
        .Add("roles", DataNode.Strings(entity.Roles))
        .Add("articles", DataNode.Strings(entity.Articles.Select(a => a.Value)))
        .Build();

    private static DataMap Term(Term term) => ModelNodes.Located(new DataMapBuilder()
            .Add("acronym", term.Acronym)
            .Add("expansion", term.Expansion), term.Evidence)
        .Build();

    private static DataMap Reuse(Reuse reuse) => new DataMapBuilder()
        .Add("article", reuse.Article.Value)
        .Add("source", reuse.Source.Value)
        .Add("containment", DataNode.Number(reuse.Containment))
        .Add("sourceContainment", DataNode.Number(reuse.SourceContainment))
        .Add("relation", ExportNames.Of(reuse.Relation))
        .Add("sharedWire", DataNode.Strings(reuse.SharedWire))
        .Add("pairs", DataNode.List(reuse.Pairs.Select(p => new DataMapBuilder()
            .Add("article", ModelNodes.Passage(p.Article))
            .Add("source", ModelNodes.Passage(p.Source))
            .Add("similarity", DataNode.Number(p.Similarity))
            .Add("verbatim", DataNode.Bool(p.Verbatim))
            .Build())))
        .Add("leftOut", DataNode.List(reuse.LeftOut.Select(ModelNodes.Passage)))
        .Build();
}
