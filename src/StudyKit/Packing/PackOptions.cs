using System.Collections.Immutable;

namespace StudyKit.Packing;

/// <summary>How to pack a bank into variants.</summary>
public sealed record PackOptions
{
    /// <summary>Number of variants (A, B, C…) when no roster is given.</summary>
    public int Variants { get; init; } = 3;

    /// <summary>One variant per student when not empty.</summary>
    public ImmutableArray<Student> Roster { get; init; } = [];

    /// <summary>Questions per paper (cards are not questions).</summary>
    public int Questions { get; init; } = 20;

    /// <summary>Draw different items per variant instead of the same items in another order.</summary>
    public bool Pool { get; init; }

    /// <summary>The seed all randomness flows from.</summary>
    public Seed Seed { get; init; } = Seed.Default;
}
