namespace StudyKit.Pdf.Layout;

/// <summary>
/// A laid-out document kept as its drawing operations, in order, so that it can be drawn onto a PDF later:
/// once the fonts have been cut down to the text of every document (<see cref="FontSet.Subset"/>), and on
/// any thread. Records what it is given and replays it unchanged.
/// </summary>
internal sealed class RecordedDocument : IDrawingSurface
{
    private readonly List<Action<IDrawingSurface>> operations = [];
    private readonly List<(string Text, TextStyle Style)> texts = [];

    /// <summary>Every text drawn, with its style, in drawing order.</summary>
    public IReadOnlyList<(string Text, TextStyle Style)> Texts => texts;

    /// <summary>Draws the recorded operations onto <paramref name="surface"/>.</summary>
    public void Replay(IDrawingSurface surface)
    {
        foreach (var operation in operations)
        {
            operation(surface);
        }
    }

    public void BeginPage(float width, float height) => operations.Add(s => s.BeginPage(width, height));

    public void EndPage() => operations.Add(s => s.EndPage());

    public void PagePart() => operations.Add(s => s.PagePart());

    public void Text(float x, float baseline, string text, TextStyle style)
    {
        texts.Add((text, style));
        operations.Add(s => s.Text(x, baseline, text, style));
    }

    public void Rectangle(Rect area, Rgb? fill, Rgb? stroke, float strokeWidth = 0.6f) =>
        operations.Add(s => s.Rectangle(area, fill, stroke, strokeWidth));

    public void Circle(float centreX, float centreY, float radius, Rgb stroke, float strokeWidth = 0.6f) =>
        operations.Add(s => s.Circle(centreX, centreY, radius, stroke, strokeWidth));

    public void Line(float x1, float y1, float x2, float y2, Rgb colour, float width = 0.5f) =>
        operations.Add(s => s.Line(x1, y1, x2, y2, colour, width));

    public void Destination(string name, float x, float y) => operations.Add(s => s.Destination(name, x, y));

    public void Link(Rect area, string name) => operations.Add(s => s.Link(area, name));
}
