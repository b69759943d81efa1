namespace StudyKit.Pdf.Layout;

/// <summary>
/// Content could not be laid out: an element taller than an empty page that cannot split, or more pages
/// than the limit. The message names the element and the space it needed.
/// </summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception with a message that explains what did not fit.</summary>
    /// <param name="message">What did not fit, where, and why.</param>
    public LayoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an empty message.</summary>
    public LayoutException()
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What did not fit.</param>
    /// <param name="innerException">The cause.</param>
    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
