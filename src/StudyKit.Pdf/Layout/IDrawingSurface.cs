namespace StudyKit.Pdf.Layout;

/// <summary>Where laid-out pages are drawn: the PDF writer, or a recorder in tests. Y grows downwards, in points.</summary>
internal interface IDrawingSurface
{
    void BeginPage(float width, float height);

    void EndPage();

    /// <summary>Starts the next part of the current page: the paginator separates the header, the body and the
    /// footer, so that a writer may store a part that recurs in other documents (an appendix page under another
    /// footer) once. Drawing is the same with or without it.</summary>
    void PagePart()
    {
    }

    /// <summary>Draws prepared text with its baseline at <paramref name="baseline"/>.</summary>
    void Text(float x, float baseline, string text, TextStyle style);

    void Rectangle(Rect area, Rgb? fill, Rgb? stroke, float strokeWidth = 0.6f);

    void Circle(float centreX, float centreY, float radius, Rgb stroke, float strokeWidth = 0.6f);

    void Line(float x1, float y1, float x2, float y2, Rgb colour, float width = 0.5f);

    /// <summary>Marks a named destination (a link target) at a point.</summary>
    void Destination(string name, float x, float y);

    /// <summary>Makes <paramref name="area"/> a link to the named destination <paramref name="name"/>.</summary>
    void Link(Rect area, string name);
}

/// <summary>A rectangle in points; Y grows downwards.</summary>
internal readonly record struct Rect(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;
}
