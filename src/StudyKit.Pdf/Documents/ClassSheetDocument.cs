using System.Globalization;
using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Documents;

/// <summary>
/// One grid for fast marking: variants down, question numbers across, the key letter in each cell.
/// Past 15 questions the grid continues in a second band below; many variants flow onto more pages.
/// </summary>
internal sealed class ClassSheetDocument(DocumentContext context)
{
    public const int QuestionsPerBand = 15;

    /// <summary>Wide enough for a student's name on a roster, narrow for codes alone.</summary>
    private float NameWidth => context.Pack.Variants.Any(v => v.Student is not null) ? 128 : 64;

    public LayoutDocument Build()
    {
        var words = context.Words;
        var blocks = new List<Element>
        {
            context.Text(words.ClassSheet, Styles.Title),
            context.Text(words.TeachersOnly + " " + words.ClassSheetHint, Styles.Hint),
        };
        var variants = context.Pack.Variants;
        var count = variants.Length == 0 ? 0 : variants.Max(v => v.Items.Length);
        // Balanced bands: 18 questions print as 9 + 9, not 15 + 3.
        var bands = Math.Max(1, (count + QuestionsPerBand - 1) / QuestionsPerBand);
        var perBand = Math.Max(1, (count + bands - 1) / bands);
        var nameWidth = NameWidth;
        var cellWidth = (context.Page.ContentWidth - nameWidth) / Math.Min(QuestionsPerBand, Math.Max(perBand, 10));
        for (var first = 1; first <= count; first += perBand)
        {
            var numbers = Enumerable.Range(first, Math.Min(perBand, count - first + 1)).ToList();
            blocks.Add(new Spacer(6));
            var rows = variants.Select((v, i) => (Element)new KeepTogether(VariantRow(v, numbers, i % 2 == 1, cellWidth))).ToList();
            blocks.Add(new HeadedColumn(HeaderRow(numbers, cellWidth), new Column(rows)));
        }
        return new LayoutDocument(context.Page, new Column(blocks, 0),
            Footer: page => context.Footer(string.Create(CultureInfo.InvariantCulture,
                $"{words.ClassSheet} · {words.Seed} {context.SeedText} · {page.Number} / {page.Total}")),
            MaxPages: context.Options.MaxPages);
    }

    private Row HeaderRow(IReadOnlyList<int> numbers, float cellWidth)
    {
        var style = Styles.SmallStrong with { Colour = Rgb.White };
        var cells = new List<Cell> { new(CellBox(context.Words.Variant, style, Rgb.Accent, Align.Left), NameWidth) };
        cells.AddRange(numbers.Select(n => new Cell(CellBox(n.ToString(CultureInfo.InvariantCulture), style, Rgb.Accent, Align.Centre), cellWidth)));
        return new Row(cells, 0);
    }

    private Row VariantRow(Variant variant, IReadOnlyList<int> numbers, bool shaded, float cellWidth)
    {
        var fill = shaded ? Rgb.Tint : Rgb.White;
        var runs = new List<Run> { new(variant.Code, Styles.Strong.WithSize(9.5f)) };
        if (variant.Student is not null)
        {
            runs.Add(new Run(" " + variant.Student.Name, Styles.Body.WithSize(8)));
        }
        var name = new Box(new Paragraph(runs), new BoxStyle(Padding: 4, Fill: fill, Border: Rgb.LightGrey, BorderWidth: 0.5f));
        var cells = new List<Cell> { new(name, NameWidth) };
        foreach (var number in numbers)
        {
            var item = variant.Items.FirstOrDefault(i => i.Number == number);
            var text = item is null ? string.Empty : item.Item.Format switch
            {
                ItemFormat.MultipleChoice or ItemFormat.TrueFalse => WorksheetSections.KeyLabel(item),
                ItemFormat.Matching => item.Key,
                ItemFormat.Open or ItemFormat.Card => "—",
            };
            var size = item?.Item.Format == ItemFormat.Matching ? 7.5f : 10.5f;
            cells.Add(new Cell(CellBox(text, Styles.Strong.WithSize(size), fill, Align.Centre), cellWidth));
        }
        return new Row(cells, 0);
    }

    private static Box CellBox(string text, TextStyle style, Rgb fill, Align align) =>
        new(Paragraph.Of(text, style, align), new BoxStyle(Padding: 4, Fill: fill, Border: Rgb.LightGrey, BorderWidth: 0.5f));
}
