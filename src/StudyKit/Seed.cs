using System.Globalization;

namespace StudyKit;

/// <summary>
/// The one seed all randomness flows from. Each use derives its own stream with <see cref="Derive"/>, so
/// that adding a purpose does not reshuffle the others.
/// </summary>
/// <param name="Value">The seed as the user gave it.</param>
public readonly record struct Seed(int Value)
{
    /// <summary>The default seed, printed by the CLI so a paper can be regenerated.</summary>
    public static Seed Default { get; } = new(2024);

    /// <summary>A stable 31-bit seed for one purpose and index, from SHA-256 of the seed, purpose and index.</summary>
    public int Derive(string purpose, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return StableHash.ToInt31(string.Create(CultureInfo.InvariantCulture, $"{Value}|{purpose}|{index}"));
    }

    /// <summary>A fresh Bogus randomizer for one purpose and index.</summary>
    public Bogus.Randomizer Randomizer(string purpose, int index = 0) => new(Derive(purpose, index));

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
