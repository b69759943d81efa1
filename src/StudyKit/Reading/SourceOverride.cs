using System.Collections.Immutable;

namespace StudyKit.Reading;

/// <summary>Metadata for one file from <c>sources.yaml</c>; a non-null value overrides what was inferred.</summary>
/// <param name="File">The file name the entry applies to.</param>
public sealed record SourceOverride(string File)
{
    /// <summary>The article's title.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet that published the article.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's address on the web.</summary>
    public string? Url { get; init; }

    /// <summary>The authors, in byline order.</summary>
    public ImmutableArray<string>? Authors { get; init; }

    /// <summary>When it was published.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The article's language.</summary>
    public ArticleLanguage? Language { get; init; }

    /// <summary>Wire agencies the article credits.</summary>
    public ImmutableArray<string>? Wire { get; init; }
}
