using SkiaSharp;

namespace StudyKit.Pdf.Layout;

/// <summary>Draws pages into a Skia PDF document with fixed metadata dates.</summary>
internal sealed class SkiaPdfSurface : IDrawingSurface, IDisposable
{
    private readonly FontSet fonts;
    private readonly SKDocument document;
    private SKCanvas? canvas;

    public SkiaPdfSurface(Stream stream, FontSet fonts, PdfMetadata metadata)
    {
        this.fonts = fonts;
        var date = metadata.Date.UtcDateTime;
        document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Author = metadata.Author,
            Subject = metadata.Subject,
            Creator = "StudyKit",
            Producer = "StudyKit",
            Creation = date,
            Modified = date,
            RasterDpi = 300,
            EncodingQuality = 101,
        }) ?? throw new InvalidOperationException("Skia could not create a PDF document.");
    }

    public void BeginPage(float width, float height) => canvas = document.BeginPage(width, height);

    public void EndPage()
    {
        document.EndPage();
        canvas = null;
    }

    public void Text(float x, float baseline, string text, TextStyle style)
    {
        using var font = fonts.Font(style);
        using var paint = Paint(style.Colour, fill: true);
        Canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
    }

    public void Rectangle(Rect area, Rgb? fill, Rgb? stroke, float strokeWidth = 0.6f)
    {
        var rect = SKRect.Create(area.X, area.Y, area.Width, area.Height);
        if (fill is { } f)
        {
            using var paint = Paint(f, fill: true);
            Canvas.DrawRect(rect, paint);
        }
        if (stroke is { } s)
        {
            using var paint = Paint(s, fill: false, strokeWidth);
            Canvas.DrawRect(rect, paint);
        }
    }

    public void Circle(float centreX, float centreY, float radius, Rgb stroke, float strokeWidth = 0.6f)
    {
        using var paint = Paint(stroke, fill: false, strokeWidth);
        Canvas.DrawCircle(centreX, centreY, radius, paint);
    }

    public void Line(float x1, float y1, float x2, float y2, Rgb colour, float width = 0.5f)
    {
        using var paint = Paint(colour, fill: false, width);
        Canvas.DrawLine(x1, y1, x2, y2, paint);
    }

    public void Destination(string name, float x, float y) => Canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), name);

    public void Link(Rect area, string name) =>
        Canvas.DrawLinkDestinationAnnotation(SKRect.Create(area.X, area.Y, area.Width, area.Height), name);

    public void Close() => document.Close();

    public void Dispose() => document.Dispose();

    private SKCanvas Canvas => canvas ?? throw new InvalidOperationException("Draw between BeginPage and EndPage.");

    private static SKPaint Paint(Rgb colour, bool fill, float strokeWidth = 0) => new()
    {
        Color = new SKColor(colour.R, colour.G, colour.B),
        IsAntialias = true,
        Style = fill ? SKPaintStyle.Fill : SKPaintStyle.Stroke,
        StrokeWidth = strokeWidth,
    };
}

/// <summary>Document information written into the PDF; the date comes from the caller, never the clock.</summary>
internal sealed record PdfMetadata(string Title, string Subject, string Author, DateTimeOffset Date);
