using System.Globalization;

namespace StudyKit.Pdf.Layout;

/// <summary>A styled run of text; <paramref name="Link"/> names a destination the run links to.</summary>
internal sealed record Run(string Text, TextStyle Style, string? Link = null);

/// <summary>Horizontal alignment of the lines of a paragraph.</summary>
internal enum Align
{
    Left,
    Centre,
    Right,
}

/// <summary>
/// Runs of text wrapped into lines at spaces. A word wider than the line (a 500-character token, a URL) is
/// broken between grapheme clusters, so combining marks stay with their letters and nothing is clipped.
/// A paragraph splits between lines.
/// </summary>
internal sealed class Paragraph(IReadOnlyList<Run> runs, Align align = Align.Left) : Element
{
    // The lines at the last width asked for: a paragraph is measured again and again at the width of its cell.
    private float linesWidth = float.NaN;
    private IReadOnlyList<TextLine>? lines;

    public IReadOnlyList<Run> Runs { get; } = runs;

    public Align Alignment { get; } = align;

    /// <summary>A named destination at the top of the paragraph, or null.</summary>
    public string? Anchor { get; init; }

    public static Paragraph Of(string text, TextStyle style, Align align = Align.Left) => new([new Run(text, style)], align);

    public override Fit Measure(LayoutContext context, float width, float height)
    {
        var lines = Lines(context, width);
        var total = Height(lines, lines.Count);
        if (total <= height + 0.01f)
        {
            return Fit.Full(total);
        }
        var count = FittingLines(lines, height);
        return count == 0
            ? Fit.None(string.Create(CultureInfo.InvariantCulture, $"{Describe()}: needs {(lines.Count > 0 ? lines[0].Height : 0):0.#} pt for a line, {height:0.#} pt left"))
            : Fit.Partial(Height(lines, count), string.Create(CultureInfo.InvariantCulture, $"{Describe()}: {count} of {lines.Count} lines fit"));
    }

    public override (Element Head, Element Tail) Split(LayoutContext context, float width, float height)
    {
        var lines = Lines(context, width);
        var count = Math.Clamp(FittingLines(lines, height), 1, Math.Max(1, lines.Count - 1));
        return (new Paragraph(ToRuns(lines.Take(count).ToList()), Alignment) { Anchor = Anchor },
                new Paragraph(ToRuns(lines.Skip(count).ToList()), Alignment));
    }

    /// <summary>Lines that fit in <paramref name="height"/>, avoiding a single orphan or widow line when the
    /// paragraph has four lines or more; 0 when none fit.</summary>
    private static int FittingLines(IReadOnlyList<TextLine> lines, float height)
    {
        var count = 0;
        var used = 0f;
        while (count < lines.Count && used + lines[count].Height <= height + 0.01f)
        {
            used += lines[count++].Height;
        }
        if (lines.Count >= 4 && count < lines.Count)
        {
            count = Math.Min(count, lines.Count - 2);
            return count < 2 ? 0 : count;
        }
        return count;
    }

    public override void Draw(DrawContext context, Rect area)
    {
        if (Anchor is not null)
        {
            context.Surface.Destination(Anchor, area.X, area.Y);
        }
        var y = area.Y;
        var lines = Lines(context.Layout, area.Width);
        // Index loops: a foreach over the read-only list interfaces would allocate an enumerator per line.
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var x = area.X + Alignment switch
            {
                Align.Left => 0,
                Align.Centre => (area.Width - line.Width) / 2,
                Align.Right => area.Width - line.Width,
            };
            var baseline = y + ((line.Height - (line.Ascent + line.Descent)) / 2) + line.Ascent;
            for (var p = 0; p < line.Pieces.Count; p++)
            {
                var piece = line.Pieces[p];
                var box = new Rect(x + piece.X, y, piece.Width, line.Height);
                if (piece.Style.Highlight is { } fill)
                {
                    context.Surface.Rectangle(box, fill, null);
                }
                if (piece.Text.Length > 0 && !string.IsNullOrWhiteSpace(piece.Text))
                {
                    context.Surface.Text(box.X, baseline, piece.Text, piece.Style);
                }
                if (piece.Link is not null)
                {
                    context.Surface.Link(box, piece.Link);
                }
            }
            y += line.Height;
        }
    }

    public override string Describe()
    {
        var text = string.Concat(Runs.Select(r => r.Text));
        return "paragraph “" + (text.Length > 40 ? text[..40] + "…" : text) + "”";
    }

    internal IReadOnlyList<TextLine> Lines(LayoutContext context, float width)
    {
        if (width != linesWidth || lines is null)
        {
            lines = context.Lines.Break(Runs, width);
            linesWidth = width;
        }
        return lines;
    }

    /// <summary>The height of the first <paramref name="count"/> lines, summed in double precision as Enumerable.Sum
    /// does (layout written with it placed lines where summing in single precision would not, by a hundredth).</summary>
    private static float Height(IReadOnlyList<TextLine> lines, int count)
    {
        var height = 0.0;
        for (var i = 0; i < count; i++)
        {
            height += lines[i].Height;
        }
        return (float)height;
    }

    private static List<Run> ToRuns(IReadOnlyList<TextLine> lines)
    {
        var result = new List<Run>();
        for (var i = 0; i < lines.Count; i++)
        {
            result.AddRange(lines[i].Pieces.Select(p => new Run(p.Text, p.Style, p.Link)));
            if (i < lines.Count - 1 && lines[i].Pieces.Count > 0)
            {
                var last = lines[i].Pieces[^1];
                var separator = lines[i].HardBreak ? "\n" : lines[i].BrokenWord ? string.Empty : " ";
                result.Add(new Run(separator, last.Style, null));
            }
        }
        return result;
    }

    internal static IEnumerable<string> Graphemes(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }
}
