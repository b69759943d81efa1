namespace StudyKit.Extraction;

/// <summary>A quote's stable id: article id and ordinal ("004_ab99…#q3").</summary>
/// <param name="Value">The id text.</param>
public readonly record struct QuoteId(string Value) : IComparable<QuoteId>
{
    /// <inheritdoc/>
    public int CompareTo(QuoteId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
