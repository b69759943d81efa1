using System.Collections.Immutable;
using System.Text;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

/// <summary>Builds articles straight from paragraphs, independent of the reader's cleaning rules.</summary>
internal static class FactArticles
{
    public static Article Make(string id, ArticleLanguage language, params string[] paragraphs) =>
        Make(id, language, null, [], paragraphs);

    public static Article Make(string id, ArticleLanguage language, PublicationDate? published, ImmutableArray<string> wire, params string[] paragraphs)
    {
        var text = new StringBuilder();
        var list = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            var start = text.Length;
            text.Append(paragraph);
            list.Add(new Paragraph(new ParagraphNumber(list.Count + 1), new TextSpan(start, text.Length), paragraph));
        }
        return new Article
        {
            Id = new ArticleId(id),
            File = id + ".txt",
            Label = ArticleLabel.FromIndex(0),
            Language = language,
            Published = published,
            Wire = wire,
            Text = text.ToString(),
            Paragraphs = list.ToImmutable(),
        };
    }

    public static Corpus Corpus(params Article[] articles) =>
        new([.. articles.OrderBy(a => a.Id.Value, StringComparer.Ordinal)
            .Select((a, i) => a with { Label = ArticleLabel.FromIndex(i) })], []);
}
