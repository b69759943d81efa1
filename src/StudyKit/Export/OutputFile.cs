namespace StudyKit.Export;

/// <summary>A rendered file: its path relative to the output folder and its bytes. Only the CLI writes it.</summary>
/// <param name="Path">Relative path with forward slashes.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);
