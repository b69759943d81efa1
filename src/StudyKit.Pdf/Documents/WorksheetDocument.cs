using System.Globalization;
using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Documents;

/// <summary>
/// One variant's paper: header with name/class/date lines and the variant code, instructions, the questions
/// in sections by kind (each kept together with its choices), and the articles appendix.
/// </summary>
internal sealed class WorksheetDocument(DocumentContext context)
{
    private readonly Headings words = context.Words;

    // Every variant prints the same appendix, so it is built once and shared: its paragraphs then break
    // into lines once (each caches its lines per width) instead of once per variant (issue 6).
    private readonly Lazy<Element> appendix = new(() => new ArticlesAppendix(context).Build(anchors: false, []), LazyThreadSafetyMode.None);

    public LayoutDocument Build(Variant variant)
    {
        var blocks = new List<Element> { Header(variant), Instructions() };
        WorksheetSection? current = null;
        foreach (var item in variant.Items.OrderBy(i => i.Number))
        {
            var section = WorksheetSections.Of(item.Item.Kind);
            if (section == current)
            {
                blocks.Add(Question(item));
                continue;
            }
            // A section heading never ends a page: it travels with its first question.
            var (title, hint) = words.Words(section);
            blocks.Add(new Spacer(6));
            blocks.Add(new KeepTogether(new Column([context.SectionHeading(title, hint), Question(item)], 10)));
            current = section;
        }
        if (context.Options.IncludeArticles && context.Pack.Bank.Articles.Length > 0)
        {
            blocks.Add(new PageBreak());
            blocks.Add(appendix.Value);
        }
        var footer = $"{words.Variant} {variant.Code} · {words.Seed} {context.SeedText}";
        return new LayoutDocument(context.Page, new Column(blocks, 10),
            Footer: page => context.Footer(string.Create(CultureInfo.InvariantCulture, $"{footer} · {page.Number} / {page.Total}")),
            MaxPages: context.Options.MaxPages);
    }

    private Element Header(Variant variant)
    {
        var badge = new Box(new Column(
        [
            context.Text(words.Variant.ToUpperInvariant(), new TextStyle(8, Bold: true, Colour: Rgb.White), Align.Centre),
            context.Text(variant.Code, new TextStyle(20, Bold: true, Colour: Rgb.White), Align.Centre),
        ]), new BoxStyle(Padding: 5, Fill: Rgb.Accent));
        var title = new Column(
        [
            context.Text(words.Worksheet, Styles.Title),
            context.Text(string.Create(CultureInfo.InvariantCulture,
                $"{variant.Items.Length} {words.Questions} · {words.Seed} {context.SeedText}"), Styles.Small),
        ], 4);
        var fields = new Row(
        [
            new Cell(context.Field(words.Name, variant.Student?.Name, 1), Weight: 5),
            new Cell(context.Field(words.Class, variant.Student?.Class, 1), Weight: 2.2f),
            new Cell(context.Field(words.Date, null, 1), Weight: 2.6f),
        ], 14);
        return new Column([new Row([new Cell(title), new Cell(badge, 64)], 12), fields], 14);
    }

    private Element Instructions() => new Box(context.Text(words.Instructions, Styles.Body), Styles.Note);

    private Element Question(VariantItem item)
    {
        var parts = new List<Element> { context.Text(item.Item.Prompt, Styles.Strong) };
        if (item.Item.Stimulus is { Length: > 0 } stimulus)
        {
            parts.Add(new Box(context.Text(stimulus, Styles.Quote), Styles.QuoteBox));
        }
        switch (item.Item.Format)
        {
            case ItemFormat.MultipleChoice:
                parts.Add(Choices(item, square: false));
                break;
            case ItemFormat.TrueFalse:
                parts.Add(Choices(item, square: true));
                break;
            case ItemFormat.Matching:
                parts.Add(Matching(item));
                break;
            case ItemFormat.Open:
                parts.Add(new RuledLines(6, 20));
                break;
            case ItemFormat.Card:
                parts.Add(new RuledLines(3, 20));
                break;
        }
        var number = context.Text(item.Number.ToString(CultureInfo.InvariantCulture) + ".", Styles.Strong with { Colour = Rgb.Accent });
        return new KeepTogether(new Row([new Cell(number, 22), new Cell(new Column(parts, 6))], 4));
    }

    private Column Choices(VariantItem item, bool square)
    {
        var labels = WorksheetSections.ChoiceLabels(item);
        var rows = item.Choices.Select((choice, i) => (Element)new Row(
        [
            new Cell(context.Mark(labels[i], square), 16),
            new Cell(new Box(context.Text(choice.Text, Styles.Body), new BoxStyle(Padding: 0.5f))),
        ], 7)).ToList();
        return new Column(rows, 4);
    }

    private Row Matching(VariantItem item)
    {
        // The blank comes first, where the eye starts: "____ 1. quote". One line high, so both columns keep step.
        var lineHeight = Styles.Body.Size * TextStyle.Leading;
        var left = item.Item.Pairs.Select((pair, i) => (Element)new Row(
        [
            new Cell(new Graphic(lineHeight, (s, a) => s.Line(a.X, a.Y + lineHeight - 2, a.Right, a.Y + lineHeight - 2, Rgb.Grey, 0.6f), name: "answer blank"), 28),
            new Cell(context.Text(string.Create(CultureInfo.InvariantCulture, $"{i + 1}."), Styles.Strong), 16),
            new Cell(context.Text(pair.Left, Styles.Body)),
        ], 6)).ToList();
        var right = item.MatchOptions.Select((option, i) => (Element)new Row(
        [
            new Cell(context.Text(DocumentContext.Letter(i) + ".", Styles.Strong), 16),
            new Cell(context.Text(option, Styles.Body)),
        ], 4)).ToList();
        return new Row([new Cell(new Column(left, 6), Weight: 1.35f), new Cell(new Column(right, 6))], 18);
    }
}
