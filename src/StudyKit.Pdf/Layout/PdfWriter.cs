namespace StudyKit.Pdf.Layout;

/// <summary>
/// Lays out documents and writes them as PDF bytes, in two steps so that a pack's documents share one font
/// subset: <see cref="Record"/> lays a document out with the full fonts; <see cref="Write"/> draws the
/// recording with the (subset) fonts to embed.
/// </summary>
internal static class PdfWriter
{
    /// <summary>Lays out <paramref name="document"/> and records how it is drawn; <paramref name="context"/>'s
    /// line cache may be shared by the documents laid out on one thread.</summary>
    public static RecordedDocument Record(LayoutDocument document, LayoutContext context)
    {
        var recording = new RecordedDocument();
        new Paginator(context).Render(document, recording);
        return recording;
    }

    /// <summary>The PDF of <paramref name="recording"/>, written by <see cref="PdfDocumentWriter"/> with the pack's
    /// embedded faces.</summary>
    public static byte[] Write(RecordedDocument recording, PdfFonts fonts, PdfMetadata metadata, PdfStreamCache? streams = null, FlateEncoder? encoder = null)
    {
        var writer = new PdfDocumentWriter(fonts, metadata, streams, encoder);
        recording.Replay(writer);
        return writer.Close();
    }

    /// <summary>The PDF of <paramref name="recording"/>, drawn through Skia with <paramref name="fonts"/>: for faces
    /// <see cref="FontSet.Embed"/> cannot embed (CFF outlines, font collections).</summary>
    public static byte[] WriteWithSkia(RecordedDocument recording, FontSet fonts, PdfMetadata metadata)
    {
        using var stream = new MemoryStream();
        using (var surface = new SkiaPdfSurface(stream, fonts, metadata))
        {
            recording.Replay(surface);
            surface.Close();
        }
        return stream.ToArray();
    }
}
