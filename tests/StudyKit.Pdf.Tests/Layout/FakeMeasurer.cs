using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

/// <summary>Every grapheme advances half the font size; ascent 0.8 and descent 0.2 of the size. No fonts needed.</summary>
internal sealed class FakeMeasurer : ITextMeasurer
{
    public string Prepare(string text, TextStyle style) => text;

    public float Width(string text, TextStyle style) => Paragraph.Graphemes(text).Count() * style.Size * 0.5f;

    public (float Ascent, float Descent) Metrics(TextStyle style) => (style.Size * 0.8f, style.Size * 0.2f);
}

/// <summary>Records what is drawn, page by page.</summary>
internal sealed class RecordingSurface : IDrawingSurface
{
    public List<List<DrawnText>> Pages { get; } = [];

    public List<(int Page, string Name)> Destinations { get; } = [];

    public List<(int Page, Rect Area, string Name)> Links { get; } = [];

    public List<(int Page, Rect Area)> Rectangles { get; } = [];

    public void BeginPage(float width, float height) => Pages.Add([]);

    public void EndPage()
    {
    }

    public void Text(float x, float baseline, string text, TextStyle style) => Pages[^1].Add(new DrawnText(x, baseline, text, style));

    public void Rectangle(Rect area, Rgb? fill, Rgb? stroke, float strokeWidth = 0.6f) => Rectangles.Add((Pages.Count, area));

    public void Circle(float centreX, float centreY, float radius, Rgb stroke, float strokeWidth = 0.6f)
    {
    }

    public void Line(float x1, float y1, float x2, float y2, Rgb colour, float width = 0.5f)
    {
    }

    public void Destination(string name, float x, float y) => Destinations.Add((Pages.Count, name));

    public void Link(Rect area, string name) => Links.Add((Pages.Count, area, name));

    /// <summary>Which page (1-based) first shows text containing <paramref name="fragment"/>; 0 when none.</summary>
    public int PageOf(string fragment) => Pages.FindIndex(p => p.Any(t => t.Text.Contains(fragment, StringComparison.Ordinal))) + 1;
}

internal sealed record DrawnText(float X, float Baseline, string Text, TextStyle Style);
