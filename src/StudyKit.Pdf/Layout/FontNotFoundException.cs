namespace StudyKit.Pdf.Layout;

/// <summary>No usable font was found on the system, or the font given by the caller cannot be read.</summary>
public sealed class FontNotFoundException : Exception
{
    /// <summary>Creates the exception, naming every path that was searched.</summary>
    /// <param name="searched">The files and folders looked at, in search order.</param>
    public FontNotFoundException(IReadOnlyList<string> searched)
        : base("No usable font found. Searched: " + string.Join(", ", searched ?? []) + ". Pass a TrueType font with --font PATH.")
    {
        Searched = searched ?? [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public FontNotFoundException(string message)
        : base(message)
    {
        Searched = [];
    }

    /// <summary>Creates the exception with an empty message.</summary>
    public FontNotFoundException()
    {
        Searched = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Searched = [];
    }

    /// <summary>The files and folders searched, in order.</summary>
    public IReadOnlyList<string> Searched { get; }
}
