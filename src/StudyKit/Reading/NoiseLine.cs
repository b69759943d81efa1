namespace StudyKit.Reading;

/// <summary>A line (or inline fragment) removed from the article text as noise, kept for inspection.</summary>
/// <param name="Line">1-based line number in the source file.</param>
/// <param name="Text">The removed text, exactly as in the source.</param>
/// <param name="Reason">Why it was removed (a short code such as <c>related-link</c>, <c>view-counter</c>).</param>
public sealed record NoiseLine(int Line, string Text, string Reason);
