namespace StudyKit.Extraction;

/// <summary>A canonical entity's id: a slug of its canonical name ("vladimir-putin").</summary>
/// <param name="Value">The slug.</param>
public readonly record struct EntityId(string Value) : IComparable<EntityId>
{
    /// <inheritdoc/>
    public int CompareTo(EntityId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
