namespace StudyKit.Pdf.Layout;

/// <summary>A cell of a row: a fixed width in points, or a share of what is left (<paramref name="Weight"/>).</summary>
internal sealed record Cell(Element Content, float? FixedWidth = null, float Weight = 1);

/// <summary>
/// Cells side by side, as tall as the tallest. When it does not fit, every cell splits at the same height
/// (two long columns continue on the next page); a row whose cells cannot split does not fit.
/// </summary>
internal sealed class Row(IReadOnlyList<Cell> cells, float gap = 6) : Element
{
    // The cell widths of the last width asked for: a row is measured at one width many times. Like every
    // element's cache, used by the one layout lane that builds the row.
    private float widthsFor = float.NaN;
    private float[]? widths;

    public IReadOnlyList<Cell> Cells { get; } = cells;

    public float Gap { get; } = gap;

    public override Fit Measure(LayoutContext context, float width, float height)
    {
        var widths = Widths(width);
        var tallest = 0f;
        var partial = false;
        Fit? none = null;
        for (var i = 0; i < Cells.Count; i++)
        {
            var fit = Cells[i].Content.Measure(context, widths[i], height);
            tallest = Math.Max(tallest, fit.Height);
            partial |= fit.Kind == FitKind.Partial;
            if (fit.Kind == FitKind.None && (none is null || (none.Value.Reason is null && fit.Reason is not null)))
            {
                none = fit;
            }
        }
        return none is { } n ? Fit.None(n.Reason ?? "row does not fit")
            : partial ? Fit.Partial(tallest, "row split across pages")
            : Fit.Full(tallest);
    }

    public override (Element Head, Element Tail) Split(LayoutContext context, float width, float height)
    {
        var widths = Widths(width);
        var heads = new List<Cell>();
        var tails = new List<Cell>();
        for (var i = 0; i < Cells.Count; i++)
        {
            var cell = Cells[i];
            if (cell.Content.Measure(context, widths[i], height).Kind == FitKind.Full)
            {
                heads.Add(cell);
                tails.Add(cell with { Content = new Spacer(0) });
                continue;
            }
            var (head, tail) = cell.Content.Split(context, widths[i], height);
            heads.Add(cell with { Content = head });
            tails.Add(cell with { Content = tail });
        }
        return (new Row(heads, Gap), new Row(tails, Gap));
    }

    public override void Draw(DrawContext context, Rect area)
    {
        var widths = Widths(area.Width);
        var x = area.X;
        for (var i = 0; i < Cells.Count; i++)
        {
            Cells[i].Content.Draw(context, new Rect(x, area.Y, widths[i], area.Height));
            x += widths[i] + Gap;
        }
    }

    public override string Describe() => Cells.Count > 0 ? "row with " + Cells[^1].Content.Describe() : "empty row";

    private float[] Widths(float width)
    {
        if (width == widthsFor && widths is not null)
        {
            return widths;
        }
        widthsFor = width;
        widths = CellWidths(width);
        return widths;
    }

    private float[] CellWidths(float width)
    {
        var fixedTotal = Cells.Sum(c => c.FixedWidth ?? 0);
        var free = Math.Max(0, width - fixedTotal - (Gap * Math.Max(0, Cells.Count - 1)));
        var weights = Cells.Where(c => c.FixedWidth is null).Sum(c => c.Weight);
        return Cells.Select(c => c.FixedWidth ?? (weights > 0 ? free * c.Weight / weights : 0)).ToArray();
    }
}
