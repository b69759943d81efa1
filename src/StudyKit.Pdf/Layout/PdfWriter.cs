namespace StudyKit.Pdf.Layout;

/// <summary>
/// Lays out documents and writes them as PDF bytes with fonts that a pack's documents share, cut down to what
/// they draw. When that is known in advance, <see cref="Write(LayoutDocument, LayoutContext, Func{PdfFonts}, PdfMetadata, PdfStreamCache, PdfWorkspace)"/>
/// lays a document out and writes it in one go; otherwise in two steps: <see cref="Record"/> lays a document out
/// with the full fonts, and <see cref="Write(RecordedDocument, PdfFonts, PdfMetadata, PdfStreamCache?, PdfWorkspace?)"/>
/// draws the recording with the fonts cut down to what every recording drew.
/// </summary>
internal static class PdfWriter
{
    /// <summary>Lays out <paramref name="document"/> and writes it with the faces <paramref name="fonts"/> gives (asked for
    /// once the pages are laid out, so that they can be cut down meanwhile); null when there are none (they cannot
    /// be embedded) or the document draws a character they lack.</summary>
    public static byte[]? Write(LayoutDocument document, LayoutContext context, Func<PdfFonts?> fonts, PdfMetadata metadata,
        PdfStreamCache streams, PdfWorkspace workspace)
    {
        var paginator = new Paginator(context);
        var pages = paginator.Paginate(document);
        if (fonts() is not { } embedded)
        {
            return null;
        }
        var writer = new PdfDocumentWriter(embedded, metadata, streams, workspace);
        paginator.Draw(document, pages, writer);
        return writer.DrewMissingGlyph ? null : writer.Close();
    }

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
    public static byte[] Write(RecordedDocument recording, PdfFonts fonts, PdfMetadata metadata, PdfStreamCache? streams = null, PdfWorkspace? workspace = null)
    {
        var writer = new PdfDocumentWriter(fonts, metadata, streams, workspace);
        recording.Replay(writer);
        return writer.Close();
    }

    /// <summary>The PDF of <paramref name="recording"/>, drawn through Skia with <paramref name="fonts"/>: for faces
    /// <see cref="FontSet.Embed(SortedSet{int})"/> cannot embed (CFF outlines, font collections).</summary>
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
