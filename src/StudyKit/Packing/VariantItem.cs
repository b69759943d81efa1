using System.Collections.Immutable;
using StudyKit.Items;

namespace StudyKit.Packing;

/// <summary>An item as it stands on one variant's paper: its number and its shuffled options.</summary>
public sealed record VariantItem
{
    /// <summary>1-based number on the paper.</summary>
    public required int Number { get; init; }

    /// <summary>The bank item.</summary>
    public required Item Item { get; init; }

    /// <summary>Options in this variant's order (multiple choice, true/false).</summary>
    public ImmutableArray<Choice> Choices { get; init; } = [];

    /// <summary>Right-hand side of a matching item in this variant's order, lettered A, B, C….</summary>
    public ImmutableArray<string> MatchOptions { get; init; } = [];

    /// <summary>The key as letters: "C" for multiple choice, "1-B 2-A 3-C" for matching, empty for open items.</summary>
    public required string Key { get; init; }
}
