using System.Collections.Immutable;

namespace StudyKit.Reading;

/// <summary>The articles read from the input, sorted by file name, with what could not be inferred.</summary>
/// <param name="Articles">Articles sorted ordinally by file name; labels follow this order.</param>
/// <param name="Diagnostics">Inference gaps, sorted by article then code.</param>
public sealed record Corpus(ImmutableArray<Article> Articles, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The article with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No article has that id.</exception>
    public Article this[ArticleId id] =>
        Articles.FirstOrDefault(a => a.Id == id) ?? throw new KeyNotFoundException($"No article with id '{id}'.");
}
