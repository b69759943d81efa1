using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Everything extracted from a corpus; every finding carries its evidence. All lists are sorted
/// by article, then span start.</summary>
public sealed record Findings
{
    /// <summary>The corpus the findings come from.</summary>
    public required Corpus Corpus { get; init; }

    /// <summary>Direct quotes.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Reported speech without marks.</summary>
    public ImmutableArray<Claim> Claims { get; init; } = [];

    /// <summary>Sentences with answerable spans.</summary>
    public ImmutableArray<Fact> Facts { get; init; } = [];

    /// <summary>Canonical entities, sorted by id.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    /// <summary>Acronyms and their expansions.</summary>
    public ImmutableArray<Term> Terms { get; init; } = [];

    /// <summary>Reuse between article pairs that are not independent, sorted by article then source.</summary>
    public ImmutableArray<Reuse> Reuse { get; init; } = [];

    /// <summary>The same statement quoted in several articles.</summary>
    public ImmutableArray<QuoteLink> QuoteLinks { get; init; } = [];
}
