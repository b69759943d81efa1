namespace StudyKit.Reading;

/// <summary>An article's stable id: its file name without extension (e.g. <c>000_223a340c352cfb23</c>).</summary>
/// <param name="Value">The file stem.</param>
public readonly record struct ArticleId(string Value) : IComparable<ArticleId>
{
    /// <inheritdoc/>
    public int CompareTo(ArticleId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
