using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction.Speech;

/// <summary>Builds articles straight from passages (paragraphs split on blank lines), independent of the reader's
/// noise and metadata rules, so speech tests pin speech behaviour only.</summary>
internal static class SpeechCorpus
{
    public static Article Article(string passage, int index = 0, IEnumerable<string>? authors = null)
    {
        var blocks = passage.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var text = string.Join("\n\n", blocks);
        var offset = 0;
        foreach (var block in blocks)
        {
            paragraphs.Add(new Paragraph(new ParagraphNumber(paragraphs.Count + 1), new TextSpan(offset, offset + block.Length), block));
            offset += block.Length + 2;
        }
        var id = $"spec_{index:D3}";
        return new Article
        {
            Id = new ArticleId(id),
            File = id + ".txt",
            Label = ArticleLabel.FromIndex(index),
            Text = text,
            Paragraphs = paragraphs.ToImmutable(),
            Authors = [.. authors ?? []],
        };
    }

    public static Corpus Of(params Article[] articles) => new([.. articles], []);
}
