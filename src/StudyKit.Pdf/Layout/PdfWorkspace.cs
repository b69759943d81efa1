namespace StudyKit.Pdf.Layout;

/// <summary>
/// What the PDF writers of one thread reuse from document to document: the deflater, and the buffers a file and
/// a page's content grow in. A pack writes dozens of files of 90 KB to 1 MB; growing a fresh buffer for each
/// would allocate a chain of ever larger arrays on the large object heap, where a few megabytes make the
/// collector run full collections. Not thread-safe: one per thread, one document at a time.
/// </summary>
internal sealed class PdfWorkspace
{
    public FlateEncoder Encoder { get; } = new();

    /// <summary>The file being written, in chunks.</summary>
    public PdfBytes Output { get; } = new(64 * 1024, chunked: true);

    /// <summary>The content stream of the page part being drawn.</summary>
    public PdfBytes Content { get; } = new(16 * 1024);
}
