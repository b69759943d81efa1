namespace StudyKit.Items;

/// <summary>A correct pair of a matching item.</summary>
/// <param name="Left">The prompt side (a quote, an article).</param>
/// <param name="Right">The answer side (a speaker, an outlet).</param>
public sealed record MatchPair(string Left, string Right);
