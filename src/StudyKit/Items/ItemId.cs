namespace StudyKit.Items;

/// <summary>
/// An item's stable id: the kind plus a hash of its evidence (and of the key facts it asks about), so that
/// ids survive re-generation and re-import ("whosaid-3f2a9c1b04de").
/// </summary>
/// <param name="Value">The id text.</param>
public readonly record struct ItemId(string Value) : IComparable<ItemId>
{
    /// <summary>The id for an item of <paramref name="kind"/> identified by <paramref name="key"/>.</summary>
    public static ItemId Create(ItemKind kind, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = kind.ToString().ToLowerInvariant();
        return new ItemId($"{name}-{StableHash.Hex(name + "\n" + key)}");
    }

    /// <inheritdoc/>
    public int CompareTo(ItemId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
