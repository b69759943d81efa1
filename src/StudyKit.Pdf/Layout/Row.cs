namespace StudyKit.Pdf.Layout;

/// <summary>A cell of a row: a fixed width in points, or a share of what is left (<paramref name="Weight"/>).</summary>
internal sealed record Cell(Element Content, float? FixedWidth = null, float Weight = 1);

/// <summary>
/// Cells side by side, as tall as the tallest. When it does not fit, every cell splits at the same height
/// (two long columns continue on the next page); a row whose cells cannot split does not fit.
/// </summary>
internal sealed class Row(IReadOnlyList<Cell> cells, float gap = 6) : Element
{
    public IReadOnlyList<Cell> Cells { get; } = cells;

    public float Gap { get; } = gap;

    public override Fit Measure(LayoutContext context, float width, float height)
    {
        var widths = Widths(width);
        var fits = Cells.Select((c, i) => c.Content.Measure(context, widths[i], height)).ToList();
        if (fits.All(f => f.Kind == FitKind.Full))
        {
            return Fit.Full(fits.Count == 0 ? 0 : fits.Max(f => f.Height));
        }
        var none = fits.FirstOrDefault(f => f.Kind == FitKind.None && f.Reason is not null);
        if (fits.Any(f => f.Kind == FitKind.None))
        {
            return Fit.None(none.Reason ?? "row does not fit");
        }
        return Fit.Partial(fits.Max(f => f.Height), "row split across pages");
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
        var fixedTotal = Cells.Sum(c => c.FixedWidth ?? 0);
        var free = Math.Max(0, width - fixedTotal - (Gap * Math.Max(0, Cells.Count - 1)));
        var weights = Cells.Where(c => c.FixedWidth is null).Sum(c => c.Weight);
        return Cells.Select(c => c.FixedWidth ?? (weights > 0 ? free * c.Weight / weights : 0)).ToArray();
    }
}
