namespace StudyKit.Pdf.Layout;

/// <summary>Lays out a document and writes it as PDF bytes.</summary>
internal static class PdfWriter
{
    public static byte[] Write(LayoutDocument document, FontSet fonts, ITextMeasurer measurer, PdfMetadata metadata)
    {
        using var stream = new MemoryStream();
        using (var surface = new SkiaPdfSurface(stream, fonts, metadata))
        {
            new Paginator(measurer).Render(document, surface);
            surface.Close();
        }
        return stream.ToArray();
    }
}
