namespace StudyKit.Reading;

/// <summary>
/// A half-open character range <c>[Start, End)</c> in an article's cleaned text
/// (<see cref="Article.Text"/>). For every finding, <c>Excerpt == article.Text[Start..End]</c>.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> lies inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The span shifted by <paramref name="offset"/> characters.</summary>
    public TextSpan Shift(int offset) => new(Start + offset, End + offset);
}
