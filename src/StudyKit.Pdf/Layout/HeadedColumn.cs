namespace StudyKit.Pdf.Layout;

/// <summary>A table-like block whose header repeats at the top of every page the body continues on.</summary>
internal sealed class HeadedColumn(Element header, Element body) : Element
{
    public override Fit Measure(LayoutContext context, float width, float height)
    {
        var top = header.Measure(context, width, height);
        if (top.Kind != FitKind.Full)
        {
            return Fit.None($"header of {body.Describe()} does not fit");
        }
        var rest = body.Measure(context, width, height - top.Height);
        return rest.Kind switch
        {
            FitKind.Full => Fit.Full(top.Height + rest.Height),
            FitKind.Partial => Fit.Partial(top.Height + rest.Height, rest.Reason ?? "partial"),
            FitKind.None => Fit.None(rest.Reason ?? $"{body.Describe()} does not fit below its header"),
        };
    }

    public override (Element Head, Element Tail) Split(LayoutContext context, float width, float height)
    {
        var (head, tail) = body.Split(context, width, height - header.HeightAt(context, width));
        return (new HeadedColumn(header, head), new HeadedColumn(header, tail));
    }

    public override void Draw(DrawContext context, Rect area)
    {
        var top = header.HeightAt(context.Layout, area.Width);
        header.Draw(context, area with { Height = top });
        body.Draw(context, new Rect(area.X, area.Y + top, area.Width, area.Height - top));
    }

    public override string Describe() => body.Describe();
}
