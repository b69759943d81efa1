namespace StudyKit.Reading;

/// <summary>The student-facing label of an article: A, B, C… in sorted input order (AA, AB… past Z).</summary>
/// <param name="Value">The label text.</param>
public readonly record struct ArticleLabel(string Value)
{
    /// <summary>The label for the article at 0-based <paramref name="index"/>: 0 → A, 25 → Z, 26 → AA.</summary>
    public static ArticleLabel FromIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var label = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            label = (char)('A' + ((n - 1) % 26)) + label;
        }
        return new ArticleLabel(label);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
