using StudyKit.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class PdfDocumentWriterTests
{
    // Curly quotes, an em dash, Indonesian and other diacritics (composite glyphs in DejaVu Sans), parentheses
    // and a backslash, which a literal string must escape.
    private const string Text = "Banjir rob di Jakarta, “kata” Bu Siti — ’é Ö ñ (11.000) a\\b";

    private static readonly TextStyle[] Styles =
    [
        TextStyle.Body,
        TextStyle.Body.AsBold().In(Rgb.Accent),
        TextStyle.Body.AsItalic().WithSize(8),
        new TextStyle(14, Bold: true, Italic: true, Colour: Rgb.Grey),
    ];

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

    private static byte[] Write(FontSet fonts, Action<IDrawingSurface> draw)
    {
        var recording = new RecordedDocument();
        draw(recording);
        var embedded = fonts.Embed(recording.Texts) ?? throw new InvalidOperationException("the system font cannot be embedded");
        return PdfWriter.Write(recording, embedded, new PdfMetadata("Lembar — kerja", "Uji", "StudyKit", new DateTimeOffset(2024, 6, 21, 0, 0, 0, TimeSpan.Zero)));
    }

    private static void TwoPages(IDrawingSurface surface)
    {
        surface.BeginPage(595.28f, 841.89f);
        for (var i = 0; i < Styles.Length; i++)
        {
            surface.Text(50, 100 + (i * 30), Text, Styles[i]);
        }
        surface.Rectangle(new Rect(50, 300, 200, 40), Rgb.Highlight, Rgb.Accent);
        surface.Circle(100, 400, 6, Rgb.Grey, 0.7f);
        surface.Line(50, 450, 300, 450, Rgb.Rule);
        surface.Link(new Rect(50, 500, 100, 12), "target");
        surface.EndPage();
        surface.BeginPage(612, 792);
        surface.Destination("target", 72, 144);
        surface.Text(72, 144, "Tujuan", TextStyle.Body);
        surface.EndPage();
    }

    [Fact]
    public void Write_Text_ReadsBackWithPdfPigLetterForLetter()
    {
        using var fonts = LoadFonts();
        using var document = PdfDocument.Open(Write(fonts, TwoPages));

        Assert.Equal(2, document.NumberOfPages);
        var page = document.GetPage(1);
        Assert.Equal(595.28, page.Width, 0.01);
        Assert.Equal(612, document.GetPage(2).Width, 0.01);
        var letters = string.Concat(page.Letters.Select(l => l.Value));
        Assert.Equal(string.Concat(Enumerable.Repeat(Text.Replace(" ", string.Empty, StringComparison.Ordinal), Styles.Length)),
            letters.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("StudyKit", document.Information.Producer);
        Assert.Equal("Lembar — kerja", document.Information.Title);
        Assert.Equal("D:20240621000000+00'00'", document.Information.CreationDate);
    }

    [Fact]
    public void WriteWithSkia_TheFallbackForFacesThatCannotBeEmbedded_ReadsBackAndLinks()
    {
        using var fonts = LoadFonts();
        var recording = new RecordedDocument();
        TwoPages(recording);

        var bytes = PdfWriter.WriteWithSkia(recording, fonts, new PdfMetadata("Lembar", "Uji", "StudyKit", new DateTimeOffset(2024, 6, 21, 0, 0, 0, TimeSpan.Zero)));

        using var document = PdfDocument.Open(bytes);
        Assert.Equal(2, document.NumberOfPages);
        var first = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("Banjirrob", first.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Tujuan", string.Concat(document.GetPage(2).Letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Text_SitsWhereTheLayoutPutItAndEndsWhereItMeasured()
    {
        using var fonts = LoadFonts();
        using var measurer = new SkiaTextMeasurer(fonts);
        using var document = PdfDocument.Open(Write(fonts, TwoPages));
        var page = document.GetPage(1);

        for (var i = 0; i < Styles.Length; i++)
        {
            var baseline = 841.89 - (100 + (i * 30));
            var line = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).ToList();
            Assert.Equal(50, line[0].StartBaseLine.X, 0.05);
            Assert.Equal(Styles[i].Size, line[0].FontSize, 0.01);
            // The advance of the whole line is the measured width, to a hundredth of a point.
            Assert.Equal(50 + measurer.Width(Text, Styles[i]), line[^1].EndBaseLine.X, 0.01);
        }
    }

    [Fact]
    public void Embed_Widths_AreTheMeasurersWidths()
    {
        using var fonts = LoadFonts();
        using var measurer = new SkiaTextMeasurer(fonts);
        var embedded = fonts.Embed(Styles.Select(s => (Text, s)))!;

        Assert.All(Styles, style =>
            Assert.Equal(measurer.Width(Text, style), embedded.Faces[embedded.For(style).Face].Width(Text) * style.Size / 1000, 0.001));
    }

    [Fact]
    public void Embed_OneGivenFile_SynthesisesBoldAndSlantWithTheMeasuredWidths()
    {
        string source;
        using (var system = LoadFonts())
        {
            source = system.Source;
        }
        using var fonts = FontSet.Load(source);
        using var measurer = new SkiaTextMeasurer(fonts);
        var embedded = fonts.Embed(Styles.Select(s => (Text, s)))!;

        Assert.Single(embedded.Faces);
        Assert.Equal((0, true, false), embedded.For(TextStyle.Body.AsBold()));
        Assert.Equal((0, false, true), embedded.For(TextStyle.Body.AsItalic()));
        Assert.All(Styles, style => Assert.Equal(measurer.Width(Text, style), embedded.Faces[0].Width(Text) * style.Size / 1000, 0.001));
        using var document = PdfDocument.Open(Write(fonts, TwoPages));
        Assert.Contains("“kata”", string.Concat(document.GetPage(1).Letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Links_PointAtNamedDestinationsInTheCatalog()
    {
        using var fonts = LoadFonts();
        using var document = PdfDocument.Open(Write(fonts, TwoPages));

        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet(NameToken.Dests, out var token));
        var dests = (DictionaryToken)document.Structure.GetObject(((IndirectReferenceToken)token).Data).Data;
        var target = Assert.IsType<ArrayToken>(dests.Data["target"]);
        // The second page, the only one 612 points wide.
        var page = (DictionaryToken)document.Structure.GetObject(((IndirectReferenceToken)target.Data[0]).Data).Data;
        Assert.Equal(612, ((NumericToken)((ArrayToken)page.Data["MediaBox"]).Data[2]).Double, 0.01);
        Assert.Equal("XYZ", ((NameToken)target.Data[1]).Data);
        Assert.Equal(792 - 144, ((NumericToken)target.Data[3]).Double, 0.01);
        var link = Assert.Single(document.GetPage(1).GetAnnotations());
        Assert.Equal(UglyToad.PdfPig.Annotations.AnnotationType.Link, link.Type);
        Assert.True(link.AnnotationDictionary.TryGet(NameToken.Dest, out var dest));
        Assert.Equal("target", Assert.IsType<NameToken>(dest).Data);
        Assert.Equal(841.89 - 512, link.Rectangle.Bottom, 0.01);
    }

    [Fact]
    public void Write_SameDrawing_GivesIdenticalBytes()
    {
        using var fonts = LoadFonts();

        Assert.Equal(Write(fonts, TwoPages), Write(fonts, TwoPages));
    }

    [Fact]
    public void Write_Xref_PointsAtEveryObject()
    {
        using var fonts = LoadFonts();
        var bytes = Write(fonts, TwoPages);
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var xref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var lines = text[xref..].Split('\n');
        Assert.Equal("xref", lines[0]);
        var count = int.Parse(lines[1].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 1; i < count; i++)
        {
            var offset = int.Parse(lines[2 + i][..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i} 0 obj\n", text[offset..], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0.0, 2, "0")]
    [InlineData(12.5, 2, "12.5")]
    [InlineData(-3.14159, 2, "-3.14")]
    [InlineData(0.1019607, 3, "0.102")]
    [InlineData(841.896, 2, "841.9")]
    [InlineData(1000, 0, "1000")]
    [InlineData(-0.001, 2, "0")]
    public void Number_IsInvariantWithFewDecimals(double value, int decimals, string expected)
    {
        var bytes = new PdfBytes();
        bytes.Number(value, decimals);
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(bytes.Span));
    }
}
