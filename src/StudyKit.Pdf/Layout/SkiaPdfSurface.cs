using SkiaSharp;

namespace StudyKit.Pdf.Layout;

/// <summary>Draws pages into a Skia PDF document with fixed metadata dates. Fonts and paints are made once
/// per style and colour, since a document draws thousands of runs in a handful of styles.</summary>
internal sealed class SkiaPdfSurface : IDrawingSurface, IDisposable
{
    private readonly FontSet fonts;
    private readonly SKDocument document;
    private readonly Dictionary<TextStyle, SKFont> skiaFonts = [];
    private readonly Dictionary<(Rgb, bool, float), SKPaint> paints = [];
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
        var key = style with { Colour = default, Highlight = null };
        if (!skiaFonts.TryGetValue(key, out var font))
        {
            font = fonts.Font(key);
            skiaFonts[key] = font;
        }
        Canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, Paint(style.Colour, fill: true));
    }

    public void Rectangle(Rect area, Rgb? fill, Rgb? stroke, float strokeWidth = 0.6f)
    {
        var rect = SKRect.Create(area.X, area.Y, area.Width, area.Height);
        if (fill is { } f)
        {
            Canvas.DrawRect(rect, Paint(f, fill: true));
        }
        if (stroke is { } s)
        {
            Canvas.DrawRect(rect, Paint(s, fill: false, strokeWidth));
        }
    }

    public void Circle(float centreX, float centreY, float radius, Rgb stroke, float strokeWidth = 0.6f)
    {
        Canvas.DrawCircle(centreX, centreY, radius, Paint(stroke, fill: false, strokeWidth));
    }

    public void Line(float x1, float y1, float x2, float y2, Rgb colour, float width = 0.5f)
    {
        Canvas.DrawLine(x1, y1, x2, y2, Paint(colour, fill: false, width));
    }

    public void Destination(string name, float x, float y) => Canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), name);

    public void Link(Rect area, string name) =>
        Canvas.DrawLinkDestinationAnnotation(SKRect.Create(area.X, area.Y, area.Width, area.Height), name);

    public void Close() => document.Close();

    public void Dispose()
    {
        document.Dispose();
        foreach (var font in skiaFonts.Values)
        {
            font.Dispose();
        }
        foreach (var paint in paints.Values)
        {
            paint.Dispose();
        }
    }

    private SKCanvas Canvas => canvas ?? throw new InvalidOperationException("Draw between BeginPage and EndPage.");

    private SKPaint Paint(Rgb colour, bool fill, float strokeWidth = 0)
    {
        if (!paints.TryGetValue((colour, fill, strokeWidth), out var paint))
        {
            paint = new SKPaint
            {
                Color = new SKColor(colour.R, colour.G, colour.B),
                IsAntialias = true,
                Style = fill ? SKPaintStyle.Fill : SKPaintStyle.Stroke,
                StrokeWidth = strokeWidth,
            };
            paints[(colour, fill, strokeWidth)] = paint;
        }
        return paint;
    }
}

/// <summary>Document information written into the PDF; the date comes from the caller, never the clock.</summary>
internal sealed record PdfMetadata(string Title, string Subject, string Author, DateTimeOffset Date);
