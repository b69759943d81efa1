using System.Collections.Immutable;
using StudyKit.Items;

namespace StudyKit.Packing;

/// <summary>What a teacher prints: the variants with their keys, and the study cards, from one bank and seed.</summary>
public sealed record ClassPack
{
    /// <summary>The bank the pack was drawn from.</summary>
    public required ItemBank Bank { get; init; }

    /// <summary>The options used (including the seed).</summary>
    public required PackOptions Options { get; init; }

    /// <summary>The variants in order.</summary>
    public required ImmutableArray<Variant> Variants { get; init; }

    /// <summary>The study cards, in bank order.</summary>
    public ImmutableArray<Item> Cards { get; init; } = [];
}
