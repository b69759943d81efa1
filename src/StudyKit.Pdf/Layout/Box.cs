namespace StudyKit.Pdf.Layout;

/// <summary>How a box looks: padding, fill, border, and an optional bar down its left side (for quotes).</summary>
internal sealed record BoxStyle(float Padding = 6, Rgb? Fill = null, Rgb? Border = null, float BorderWidth = 0.6f,
    Rgb? LeftBar = null, float LeftBarWidth = 2.2f, float PaddingLeft = -1)
{
    public float Left => (PaddingLeft >= 0 ? PaddingLeft : Padding) + (LeftBar is null ? 0 : LeftBarWidth);
}

/// <summary>A child inside padding, fill and border. Splits with its child; each part keeps its frame.</summary>
internal sealed class Box(Element child, BoxStyle style) : Element
{
    public Element Child { get; } = child;

    public BoxStyle Style { get; } = style;

    public override Fit Measure(LayoutContext context, float width, float height)
    {
        var vertical = 2 * Style.Padding;
        if (height <= vertical)
        {
            return Fit.None($"box around {Child.Describe()}: no room for its padding");
        }
        var fit = Child.Measure(context, InnerWidth(width), height - vertical);
        return fit.Kind switch
        {
            FitKind.Full => Fit.Full(fit.Height + vertical),
            FitKind.Partial => Fit.Partial(fit.Height + vertical, fit.Reason ?? "partial"),
            FitKind.None => fit,
        };
    }

    public override (Element Head, Element Tail) Split(LayoutContext context, float width, float height)
    {
        var (head, tail) = Child.Split(context, InnerWidth(width), height - (2 * Style.Padding));
        return (new Box(head, Style), new Box(tail, Style));
    }

    public override void Draw(DrawContext context, Rect area)
    {
        if (Style.Fill is not null || Style.Border is not null)
        {
            context.Surface.Rectangle(area, Style.Fill, Style.Border, Style.BorderWidth);
        }
        if (Style.LeftBar is { } bar)
        {
            context.Surface.Rectangle(area with { Width = Style.LeftBarWidth }, bar, null);
        }
        var inner = new Rect(area.X + Style.Left, area.Y + Style.Padding, InnerWidth(area.Width), area.Height - (2 * Style.Padding));
        Child.Draw(context, inner);
    }

    public override string Describe() => Child.Describe();

    private float InnerWidth(float width) => Math.Max(1, width - Style.Left - Style.Padding);
}
