namespace StudyKit.Reading;

/// <summary>An input file as the CLI hands it to the library: its path (as the user named it) and its text.</summary>
/// <param name="Path">The path shown in messages; its file stem becomes the <see cref="ArticleId"/>.</param>
/// <param name="Text">The decoded text (any BOM removed).</param>
public sealed record SourceDocument(string Path, string Text);
