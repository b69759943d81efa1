using System.Globalization;
using StudyKit.Items;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Documents;

/// <summary>
/// Study cards in a grid (2 × 4 on A4): fronts on one page, backs on the next with the columns mirrored for
/// long-edge duplex, cut marks in the margins. A card never spills: its text shrinks down to a minimum size,
/// then is cut with an ellipsis.
/// </summary>
internal sealed class StudyCardsDocument(DocumentContext context)
{
    public const int Columns = 2;
    public const int Rows = 4;
    private const float Padding = 11;
    private const float MinScale = 7.5f / 10.5f;
    private readonly LayoutContext layout = new(context.Measurer);

    public LayoutDocument Build()
    {
        var page = context.Page;
        var footerHeight = context.Footer("0").HeightAt(layout, page.ContentWidth) + LayoutDocument.Gap;
        // Room for the bottom cut marks between the grid and the footer.
        var height = page.ContentHeight - footerHeight - 14;
        var size = (Width: page.ContentWidth / Columns, Height: height / Rows);
        var blocks = new List<Element>();
        var cards = context.Pack.Cards;
        for (var start = 0; start < Math.Max(1, cards.Length); start += Columns * Rows)
        {
            var sheet = cards.Skip(start).Take(Columns * Rows).ToList();
            if (blocks.Count > 0)
            {
                blocks.Add(new PageBreak());
            }
            blocks.Add(Sheet(sheet, size, height, front: true));
            blocks.Add(new PageBreak());
            blocks.Add(Sheet(sheet, size, height, front: false));
        }
        var words = context.Words;
        return new LayoutDocument(page, new Column(blocks),
            Footer: p => context.Footer(string.Create(CultureInfo.InvariantCulture,
                $"{words.StudyCards} · {(p.Number % 2 == 1 ? words.Front : words.Back)} · {words.Seed} {context.SeedText} · {p.Number} / {p.Total}")),
            MaxPages: context.Options.MaxPages);
    }

    private Layer Sheet(IReadOnlyList<Item> cards, (float Width, float Height) size, float height, bool front)
    {
        var items = new List<(Rect, Element)>();
        for (var i = 0; i < cards.Count; i++)
        {
            var row = i / Columns;
            var column = front ? i % Columns : Columns - 1 - (i % Columns);
            var area = new Rect(column * size.Width, row * size.Height, size.Width, size.Height);
            var content = front ? Front(cards[i], size) : Back(cards[i], size);
            items.Add((area, new Box(content, new BoxStyle(Padding: Padding, Border: Rgb.Rule, BorderWidth: 0.5f))));
        }
        var grid = new Rect(0, 0, size.Width * Columns, size.Height * Rows);
        items.Add((grid, new Graphic(grid.Height, (s, a) => CutMarks(s, a, size), name: "cut marks")));
        return new Layer(height, items);
    }

    /// <summary>Short ticks in the margins on every cutting line, clear of the cards themselves.</summary>
    private static void CutMarks(IDrawingSurface surface, Rect grid, (float Width, float Height) size)
    {
        const float gap = 3, length = 9;
        for (var c = 0; c <= Columns; c++)
        {
            var x = grid.X + (c * size.Width);
            surface.Line(x, grid.Y - gap - length, x, grid.Y - gap, Rgb.Black, 0.4f);
            surface.Line(x, grid.Bottom + gap, x, grid.Bottom + gap + length, Rgb.Black, 0.4f);
        }
        for (var r = 0; r <= Rows; r++)
        {
            var y = grid.Y + (r * size.Height);
            surface.Line(grid.X - gap - length, y, grid.X - gap, y, Rgb.Black, 0.4f);
            surface.Line(grid.Right + gap, y, grid.Right + gap + length, y, Rgb.Black, 0.4f);
        }
    }

    private Element Front(Item card, (float Width, float Height) size)
    {
        var parts = new List<(string, TextStyle)> { (card.Prompt, Styles.Strong.WithSize(12)) };
        if (card.Stimulus is { Length: > 0 } stimulus)
        {
            parts.Add((stimulus, Styles.Quote.WithSize(11.5f)));
        }
        return Fitted(context.KindLabel(card.Kind).ToUpperInvariant(), parts, size);
    }

    private Element Back(Item card, (float Width, float Height) size)
    {
        var parts = new List<(string, TextStyle)> { (card.Answer, Styles.Body.WithSize(12)) };
        // Two quotes of one paragraph give one source line, not the same line twice.
        parts.AddRange(card.Evidence.Select(context.SourceLine).Distinct(StringComparer.Ordinal).Take(2)
            .Select(line => (line, Styles.Small.WithSize(9.5f))));
        return Fitted(context.KindLabel(card.Kind).ToUpperInvariant() + " · " + context.Words.Back.ToUpperInvariant(), parts, size);
    }

    /// <summary>
    /// The largest scale at which the parts fit the card, the body centred below the label. At the minimum
    /// scale the longest part is cut and ends in an ellipsis (then every part, if that is not enough).
    /// </summary>
    internal Element Fitted(string label, IReadOnlyList<(string Text, TextStyle Style)> parts, (float Width, float Height) size)
    {
        var width = size.Width - (2 * Padding);
        var height = size.Height - (2 * Padding);
        var heading = Paragraph.Of(label, Styles.SmallStrong with { Colour = Rgb.Accent });
        var top = heading.HeightAt(layout, width) + 6;
        var room = height - top;
        var body = Body(parts, width, room);
        var bodyHeight = body.HeightAt(layout, width);
        var offset = top + Math.Max(0, ((room - bodyHeight) / 2) - (room * 0.08f));
        return new Layer(height, [(new Rect(0, 0, width, top), heading), (new Rect(0, offset, width, bodyHeight), body)]);
    }

    private Column Body(IReadOnlyList<(string Text, TextStyle Style)> parts, float width, float room)
    {
        for (var scale = 1f; scale >= MinScale - 0.001f; scale -= 0.05f)
        {
            var column = Compose(parts, scale, -1, 1);
            if (column.Measure(layout, width, room).Kind == FitKind.Full)
            {
                return column;
            }
        }
        var longest = parts.Select((p, i) => (p.Text.Length, i)).Max().i;
        var target = Compose(parts, MinScale, longest, 0).Measure(layout, width, room).Kind == FitKind.Full ? longest : -2;
        var (low, high) = (0f, 1f);
        for (var step = 0; step < 14; step++)
        {
            var share = (low + high) / 2;
            if (Compose(parts, MinScale, target, share).Measure(layout, width, room).Kind == FitKind.Full)
            {
                low = share;
            }
            else
            {
                high = share;
            }
        }
        return Compose(parts, MinScale, target, low);
    }

    /// <summary>The parts at <paramref name="scale"/>; part <paramref name="cut"/> (every part for -2) keeps only
    /// <paramref name="share"/> of its graphemes.</summary>
    private static Column Compose(IReadOnlyList<(string Text, TextStyle Style)> parts, float scale, int cut, float share)
    {
        var blocks = parts.Select((part, i) => (Element)Paragraph.Of(
            (cut == i || cut == -2) && share < 1 ? Cut(part.Text, share) : part.Text, part.Style.WithSize(part.Style.Size * scale))).ToList();
        return new Column(blocks, 6 * scale);
    }

    private static string Cut(string text, float share)
    {
        var graphemes = Paragraph.Graphemes(text).ToList();
        var keep = (int)Math.Floor(graphemes.Count * share);
        return keep >= graphemes.Count ? text : string.Concat(graphemes.Take(keep)).TrimEnd() + "…";
    }
}
