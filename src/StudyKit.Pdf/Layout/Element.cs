namespace StudyKit.Pdf.Layout;

/// <summary>
/// A building block of a page. Each element measures first, then draws: <see cref="Measure"/> says whether
/// it fits fully, partly or not in a space; <see cref="Split"/> cuts it where it fits partly; <see cref="Draw"/>
/// draws an element that fits fully into the area it measured.
/// </summary>
internal abstract class Element
{
    /// <summary>How much of the element fits in <paramref name="width"/> × <paramref name="height"/> points.</summary>
    public abstract Fit Measure(LayoutContext context, float width, float height);

    /// <summary>The part that fits in the space and the rest; only called after <see cref="Measure"/> said Partial.</summary>
    public virtual (Element Head, Element Tail) Split(LayoutContext context, float width, float height) =>
        throw new InvalidOperationException($"{Describe()} cannot be split.");

    /// <summary>Draws the element into <paramref name="area"/> (as wide as measured, at least as high).</summary>
    public abstract void Draw(DrawContext context, Rect area);

    /// <summary>A short description for layout errors ("paragraph “Who said…”").</summary>
    public virtual string Describe() => GetType().Name;

    /// <summary>The natural height at <paramref name="width"/>.</summary>
    public float HeightAt(LayoutContext context, float width) => Measure(context, width, float.PositiveInfinity).Height;
}
