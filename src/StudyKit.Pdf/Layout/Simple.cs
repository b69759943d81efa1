namespace StudyKit.Pdf.Layout;

/// <summary>Empty vertical space; shrinks to what is left at the bottom of a page.</summary>
internal sealed class Spacer(float height) : Element
{
    public override Fit Measure(LayoutContext context, float width, float height1) => Fit.Full(Math.Max(0, Math.Min(height, height1)));

    public override void Draw(DrawContext context, Rect area)
    {
    }
}

/// <summary>A named destination (a link target) at this point of the flow.</summary>
internal sealed class Anchor(string name) : Element
{
    public string Name { get; } = name;

    public override Fit Measure(LayoutContext context, float width, float height) => Fit.Full(0);

    public override void Draw(DrawContext context, Rect area) => context.Surface.Destination(Name, area.X, area.Y);
}

/// <summary>Something drawn directly (a rule, answer circles, cut marks) in a block of fixed height.</summary>
internal sealed class Graphic(float height, Action<IDrawingSurface, Rect> draw, float? width = null, string name = "graphic") : Element
{
    public float? FixedWidth { get; } = width;

    public override Fit Measure(LayoutContext context, float width1, float height1) =>
        height <= height1 + 0.01f ? Fit.Full(height) : Fit.None($"{name} needs {height:0.#} pt, {height1:0.#} pt left");

    public override void Draw(DrawContext context, Rect area) => draw(context.Surface, area with { Height = height });

    public override string Describe() => name;
}

/// <summary>Ruled lines to write on; splits between lines.</summary>
internal sealed class RuledLines(int count, float pitch) : Element
{
    public override Fit Measure(LayoutContext context, float width, float height)
    {
        var fitting = (int)Math.Floor((height + 0.01f) / pitch);
        return fitting >= count ? Fit.Full(count * pitch)
            : fitting > 0 ? Fit.Partial(fitting * pitch, "ruled lines split")
            : Fit.None("no room for a ruled line");
    }

    public override (Element Head, Element Tail) Split(LayoutContext context, float width, float height)
    {
        var fitting = Math.Clamp((int)Math.Floor((height + 0.01f) / pitch), 1, count - 1);
        return (new RuledLines(fitting, pitch), new RuledLines(count - fitting, pitch));
    }

    public override void Draw(DrawContext context, Rect area)
    {
        for (var i = 1; i <= count; i++)
        {
            var y = area.Y + (i * pitch) - 2;
            context.Surface.Line(area.X, y, area.Right, y, Rgb.LightGrey, 0.5f);
        }
    }

    public override string Describe() => $"{count} ruled lines";
}

/// <summary>Elements placed at fixed offsets in a block of fixed height (a sheet of cards).</summary>
internal sealed class Layer(float height, IReadOnlyList<(Rect Area, Element Content)> items) : Element
{
    public override Fit Measure(LayoutContext context, float width, float height1) =>
        height <= height1 + 0.01f ? Fit.Full(height) : Fit.None($"a fixed block of {height:0.#} pt, {height1:0.#} pt left");

    public override void Draw(DrawContext context, Rect area)
    {
        foreach (var (place, content) in items)
        {
            content.Draw(context, new Rect(area.X + place.X, area.Y + place.Y, place.Width, place.Height));
        }
    }

    public override string Describe() => "fixed block";
}
