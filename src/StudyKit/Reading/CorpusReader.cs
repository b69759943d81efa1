using System.Collections.Immutable;

namespace StudyKit.Reading;

/// <summary>
/// Reads source documents into a <see cref="Corpus"/>: repairs the text (line endings, mojibake, NFC,
/// upstream tokenisation), removes noise and keeps it, infers metadata, numbers paragraphs and splits
/// sentences. Pure: the same documents give the same corpus.
/// </summary>
public sealed class CorpusReader
{
    /// <summary>Reads <paramref name="documents"/>, applying <paramref name="overrides"/> by file name.</summary>
    /// <param name="documents">The decoded input files, in any order; they are sorted ordinally by file name.</param>
    /// <param name="overrides">Metadata from <c>sources.yaml</c> (see <see cref="SourcesFile"/>), or null.</param>
    /// <exception cref="StudyKitInputException">
    /// A document is empty, is not text (NUL or many control characters), or has no article text once noise
    /// is removed.
    /// </exception>
    public Corpus Read(IEnumerable<SourceDocument> documents, IReadOnlyList<SourceOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sorted = documents.OrderBy(d => Path.GetFileName(d.Path), StringComparer.Ordinal).ToList();
        var articles = ImmutableArray.CreateBuilder<Article>(sorted.Count);
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var file = Path.GetFileName(sorted[i].Path);
            var over = overrides?.FirstOrDefault(o => string.Equals(o.File, file, StringComparison.Ordinal));
            var article = ArticleReader.Read(sorted[i], ArticleLabel.FromIndex(i), over, diagnostics);
            articles.Add(article);
            diagnostics.AddRange(Gaps(article));
        }
        foreach (var unused in (overrides ?? []).Where(o => !sorted.Any(d => Path.GetFileName(d.Path) == o.File)))
        {
            diagnostics.Add(new Diagnostic(null, "override-unused", $"sources.yaml names '{unused.File}', which is not among the articles."));
        }
        var ordered = diagnostics
            .OrderBy(d => d.Article?.Value ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
        return new Corpus(articles.ToImmutable(), [.. ordered]);
    }

    private static IEnumerable<Diagnostic> Gaps(Article article)
    {
        if (article.Title is null)
        {
            yield return new Diagnostic(article.Id, "no-title", "No title line was found.");
        }
        if (article.Outlet is null)
        {
            yield return new Diagnostic(article.Id, "no-outlet", "The text does not name its outlet.");
        }
        if (article.Published is null)
        {
            yield return new Diagnostic(article.Id, "no-date", "The text gives no publication date.");
        }
        if (article.Authors.IsEmpty)
        {
            yield return new Diagnostic(article.Id, "no-author", "No byline names an author.");
        }
    }
}
