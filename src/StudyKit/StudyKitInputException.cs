namespace StudyKit;

/// <summary>
/// Bad user input: an unreadable or empty article, a malformed <c>sources.yaml</c>, a bank that does not
/// validate. The message is one line meant for the user; <see cref="SourcePath"/> names the file.
/// </summary>
public sealed class StudyKitInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="sourcePath"/> with a one-line <paramref name="message"/>.</summary>
    public StudyKitInputException(string sourcePath, string message, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        SourcePath = sourcePath;
        Line = line;
    }

    /// <summary>The file (as the user named it) that holds the problem.</summary>
    public string SourcePath { get; }

    /// <summary>The 1-based line of the problem, or null when not known.</summary>
    public int? Line { get; }

    /// <summary>The message as the CLI prints it: <c>file[:line]: problem</c>.</summary>
    public string OneLine => Line is { } l ? $"{SourcePath}:{l}: {Message}" : $"{SourcePath}: {Message}";
}
