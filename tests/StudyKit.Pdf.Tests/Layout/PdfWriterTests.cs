using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class PdfWriterTests
{
    private static readonly PdfMetadata Metadata = new("Judul", "Uji", "StudyKit", new DateTimeOffset(2024, 6, 21, 0, 0, 0, TimeSpan.Zero));

    private static FontSet LoadFonts()
    {
        try
        {
            return FontSet.Load(null);
        }
        catch (FontNotFoundException error)
        {
            Assert.Skip(error.Message);
            throw;
        }
    }

    private static byte[]? Write(string drawn, string foreseen)
    {
        using var fonts = LoadFonts();
        using var measurer = new SkiaTextMeasurer(fonts);
        var embedded = fonts.Embed(new SortedSet<int>(foreseen.EnumerateRunes().Select(r => r.Value)));
        var document = new LayoutDocument(new PageSetup(300, 300, 20), Paragraph.Of(drawn, TextStyle.Body));
        return PdfWriter.Write(document, new LayoutContext(measurer), () => embedded, Metadata, new PdfStreamCache(), new PdfWorkspace());
    }

    [Fact]
    public void Write_FacesHoldEveryCharacterDrawn_GivesThePdf()
    {
        var pdf = Write("kata baku", "abkut ");

        Assert.NotNull(pdf);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal("kata baku", document.GetPage(1).Text);
    }

    [Fact]
    public void Write_FacesLackACharacterDrawn_GivesNull()
    {
        Assert.Null(Write("kata baku", "abkt "));
    }

    [Fact]
    public void Write_NoFaces_GivesNull()
    {
        using var fonts = LoadFonts();
        using var measurer = new SkiaTextMeasurer(fonts);
        var document = new LayoutDocument(new PageSetup(300, 300, 20), Paragraph.Of("kata", TextStyle.Body));

        Assert.Null(PdfWriter.Write(document, new LayoutContext(measurer), () => null, Metadata, new PdfStreamCache(), new PdfWorkspace()));
    }
}
