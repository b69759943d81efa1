namespace StudyKit.Pdf.Documents;

/// <summary>How the PDF documents are printed. Immutable.</summary>
public sealed record PdfOptions
{
    /// <summary>The paper size; A4 by default.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>Whether worksheets end with the source articles appendix (the answer key always has its own copy,
    /// which its links point to).</summary>
    public bool IncludeArticles { get; init; } = true;

    /// <summary>A TrueType/OpenType font file to use instead of the system search (<c>--font</c>), or null.</summary>
    public string? FontPath { get; init; }

    /// <summary>
    /// The creation date written into every PDF. Null means the newest publication date among the pack's
    /// articles, or 2000-01-01 when none has one: never the clock, so the same input gives the same bytes.
    /// </summary>
    public DateTimeOffset? DocumentDate { get; init; }

    /// <summary>A document longer than this many pages is a layout error.</summary>
    public int MaxPages { get; init; } = 400;
}
