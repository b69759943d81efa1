using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>How much of <see cref="Source"/> an <see cref="Article"/> reuses, and how.</summary>
public sealed record Reuse
{
    /// <summary>The reusing (later, derived) article.</summary>
    public required ArticleId Article { get; init; }

    /// <summary>The article reused.</summary>
    public required ArticleId Source { get; init; }

    /// <summary>Share of the article's narrative 5-grams found in the source (quotes removed), 0 to 1.</summary>
    public required double Containment { get; init; }

    /// <summary>Share of the source's narrative 5-grams found in the article, 0 to 1.</summary>
    public required double SourceContainment { get; init; }

    /// <summary>The relation decided from the signals.</summary>
    public required ReuseRelation Relation { get; init; }

    /// <summary>Wire agencies both rely on, sorted; empty when none.</summary>
    public ImmutableArray<string> SharedWire { get; init; } = [];

    /// <summary>Aligned sentence pairs in article order.</summary>
    public ImmutableArray<AlignedPair> Pairs { get; init; } = [];

    /// <summary>Source sentences with no counterpart in the article (what the copy leaves out).</summary>
    public ImmutableArray<Evidence> LeftOut { get; init; } = [];
}
