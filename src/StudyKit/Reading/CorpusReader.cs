using System.Collections.Immutable;
using System.Text;

namespace StudyKit.Reading;

/// <summary>
/// Reads source documents into a <see cref="Corpus"/>: cleans noise, infers metadata, numbers paragraphs
/// and splits sentences. Pure: the same documents give the same corpus.
/// </summary>
public sealed class CorpusReader
{
    /// <summary>Reads <paramref name="documents"/>, applying <paramref name="overrides"/> by file name.</summary>
    /// <exception cref="StudyKitInputException">A document is empty or not text.</exception>
    public Corpus Read(IEnumerable<SourceDocument> documents, IReadOnlyList<SourceOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sorted = documents.OrderBy(d => System.IO.Path.GetFileName(d.Path), StringComparer.Ordinal).ToList();
        var articles = ImmutableArray.CreateBuilder<Article>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var file = System.IO.Path.GetFileName(sorted[i].Path);
            var over = overrides?.FirstOrDefault(o => string.Equals(o.File, file, StringComparison.Ordinal));
            articles.Add(ReadOne(sorted[i], ArticleLabel.FromIndex(i), over));
        }
        return new Corpus(articles.ToImmutable(), []);
    }

    private static Article ReadOne(SourceDocument document, ArticleLabel label, SourceOverride? over)
    {
        var file = System.IO.Path.GetFileName(document.Path);
        var lines = document.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (blocks.Count == 0)
        {
            throw new StudyKitInputException(document.Path, "the file is empty");
        }
        var title = blocks[0];
        var text = new StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var block in blocks.Skip(1).Distinct(StringComparer.Ordinal).Where(b => b != title))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            var start = text.Length;
            text.Append(block);
            paragraphs.Add(new Paragraph(new ParagraphNumber(paragraphs.Count + 1), new TextSpan(start, text.Length), block));
        }
        return new Article
        {
            Id = new ArticleId(System.IO.Path.GetFileNameWithoutExtension(file)),
            File = file,
            Label = label,
            Title = over?.Title ?? title,
            Outlet = over?.Outlet,
            Url = over?.Url,
            Authors = over?.Authors ?? [],
            Published = over?.Published,
            Wire = over?.Wire ?? [],
            Language = over?.Language ?? ArticleLanguage.Id,
            Text = text.ToString(),
            Paragraphs = paragraphs.ToImmutable(),
        };
    }
}
