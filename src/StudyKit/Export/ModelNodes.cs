using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Export;

/// <summary>The file shape of the shared model pieces (articles, evidence, speakers), in written order.</summary>
internal static class ModelNodes
{
    public static DataMap Article(Article article) => new DataMapBuilder()
        .Add("id", article.Id.Value)
        .Add("file", article.File)
        .Add("label", article.Label.Value)
        .Add("title", article.Title)
        .Add("outlet", article.Outlet)
        .Add("url", article.Url)
        .Add("authors", DataNode.Strings(article.Authors))
        .Add("editor", article.Editor)
        .Add("published", article.Published?.ToString())
        .Add("dateline", article.Dateline)
        .Add("wire", DataNode.Strings(article.Wire))
        .Add("language", ExportNames.Of(article.Language))
        .Add("paragraphs", DataNode.List(article.Paragraphs.Select(p => new DataMapBuilder()
            .Add("n", DataNode.Number(p.Number.Value))
            .Add("text", p.Text)
            .Build())))
        .Add("noise", DataNode.List(article.Noise.Select(n => new DataMapBuilder()
            .Add("line", DataNode.Number(n.Line))
            .Add("text", n.Text)
            .Add("reason", n.Reason)
            .Build())))
        .Build();

    public static DataList Span(TextSpan span) => DataNode.List([DataNode.Number(span.Start), DataNode.Number(span.End)]) with { Inline = true };

    /// <summary>Evidence as the bank writes it: article id and label, paragraph, span and excerpt.</summary>
    public static DataMap Evidence(Evidence evidence) => new DataMapBuilder()
        .Add("article", evidence.Article.Value)
        .Add("label", evidence.Label.Value)
        .Add("paragraph", DataNode.Number(evidence.Paragraph.Value))
        .Add("span", Span(evidence.Span))
        .Add("excerpt", evidence.Excerpt)
        .Build();

    /// <summary>Evidence flattened into a finding's own fields (<c>article</c>, <c>paragraph</c>,
    /// <c>text</c>, <c>span</c>), the contract shape of quotes.</summary>
    public static DataMapBuilder Located(DataMapBuilder builder, Evidence evidence, string textField = "text") => builder
        .Add("article", evidence.Article.Value)
        .Add("paragraph", DataNode.Number(evidence.Paragraph.Value))
        .Add(textField, evidence.Excerpt)
        .Add("span", Span(evidence.Span));

    public static DataMap Passage(Evidence evidence) => Located(new DataMapBuilder(), evidence).Build();

    public static DataNode Speaker(Speaker? speaker) => speaker is null
        ? DataNode.Text(null)
        : new DataMapBuilder()
            .Add("entity", speaker.Entity.Value)
            .Add("name", speaker.Name)
            .Add("role", speaker.Role)
            .Build();
}
