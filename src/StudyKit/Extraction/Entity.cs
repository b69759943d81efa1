using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>A canonical person, organisation, place or document, merged across the corpus.</summary>
public sealed record Entity
{
    /// <summary>Stable id (slug of <see cref="Name"/>).</summary>
    public required EntityId Id { get; init; }

    /// <summary>The canonical (longest full) name: "Vladimir Putin".</summary>
    public required string Name { get; init; }

    /// <summary>Person, organisation, place or document.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>Other forms written for it ("Putin"), sorted ordinally.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Roles as written ("Presiden Rusia"), sorted ordinally.</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    /// <summary>Articles that mention it, sorted.</summary>
    public ImmutableArray<ArticleId> Articles { get; init; } = [];
}
