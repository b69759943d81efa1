namespace StudyKit.Reading;

/// <summary>Something StudyKit could not infer or chose to skip; shown by <c>inspect</c>, never an error.</summary>
/// <param name="Article">The article concerned, or null for the corpus as a whole.</param>
/// <param name="Code">A stable short code (e.g. <c>no-outlet</c>, <c>no-date</c>).</param>
/// <param name="Message">One readable line.</param>
public sealed record Diagnostic(ArticleId? Article, string Code, string Message);
