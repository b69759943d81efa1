namespace StudyKit.Reading;

/// <summary>A paragraph number as printed for students: 1-based, never a character offset.</summary>
/// <param name="Value">The 1-based number.</param>
public readonly record struct ParagraphNumber(int Value) : IComparable<ParagraphNumber>
{
    /// <inheritdoc/>
    public int CompareTo(ParagraphNumber other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
