using System.Globalization;
using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Documents;

/// <summary>
/// The teacher's key for every variant: per item its number, the letter and answer, the source (article label,
/// outlet, paragraph) linked to the paragraph in the key's own articles appendix, the evidence excerpt and the
/// explanation; discussion prompts carry the teacher's guidance.
/// </summary>
internal sealed class AnswerKeyDocument(DocumentContext context)
{
    private readonly Headings words = context.Words;

    public LayoutDocument Build()
    {
        var blocks = new List<Element>
        {
            context.Text(words.AnswerKey, Styles.Title),
            new Box(context.Text(words.TeachersOnly + " " + words.Seed + " " + context.SeedText + ".", Styles.Body), Styles.Note),
        };
        var first = true;
        foreach (var variant in context.Pack.Variants)
        {
            if (!first)
            {
                blocks.Add(new PageBreak());
            }
            first = false;
            var name = variant.Student is null ? string.Empty : " — " + variant.Student.Name;
            blocks.Add(context.SectionHeading($"{words.Variant} {variant.Code}{name}", null));
            blocks.Add(Summary(variant));
            blocks.AddRange(variant.Items.OrderBy(i => i.Number).Select(Entry));
        }
        var evidence = context.Pack.Variants.SelectMany(v => v.Items).SelectMany(i => i.Item.Evidence)
            .Concat(context.Pack.Cards.SelectMany(c => c.Evidence)).ToList();
        blocks.Add(new PageBreak());
        blocks.Add(new ArticlesAppendix(context).Build(anchors: true, evidence));
        return new LayoutDocument(context.Page, new Column(blocks, 9),
            Footer: page => context.Footer(string.Create(CultureInfo.InvariantCulture,
                $"{words.AnswerKey} · {words.Seed} {context.SeedText} · {page.Number} / {page.Total}")),
            MaxPages: context.Options.MaxPages);
    }

    private Element Entry(VariantItem item)
    {
        var parts = new List<Element> { Answer(item) };
        foreach (var evidence in item.Item.Evidence)
        {
            // Link only to paragraphs the appendix prints, so that no link dangles.
            var printed = context.ArticleOf(evidence.Article)?.Paragraphs.Any(p => p.Number == evidence.Paragraph) == true;
            var link = printed ? DocumentContext.ParagraphDestination(evidence.Label, evidence.Paragraph) : null;
            parts.Add(new Paragraph([new Run(words.Source + ": ", Styles.SmallStrong), new Run(context.SourceLine(evidence) + " →", Styles.Link, link)]));
            parts.Add(new Box(context.Text(evidence.Excerpt, Styles.Quote with { Size = 9.5f }), Styles.QuoteBox));
        }
        if (item.Item.Explanation.Length > 0)
        {
            parts.Add(context.Text(item.Item.Explanation, Styles.Hint));
        }
        var number = context.Text(item.Number.ToString(CultureInfo.InvariantCulture) + ".", Styles.Strong with { Colour = Rgb.Accent });
        var rule = new Graphic(4, (s, a) => s.Line(a.X, a.Y + 3, a.Right, a.Y + 3, Rgb.Rule, 0.4f), name: "rule");
        return new KeepTogether(new Column([new Row([new Cell(number, 22), new Cell(new Column(parts, 4))], 4), rule], 4));
    }

    /// <summary>The variant's keys on a few lines ("1 C · 2 A · 3 1-B 2-A…") for marking at a glance.</summary>
    private Box Summary(Variant variant)
    {
        var runs = new List<Run>();
        foreach (var item in variant.Items.OrderBy(i => i.Number))
        {
            var key = item.Item.Format switch
            {
                ItemFormat.MultipleChoice or ItemFormat.TrueFalse => WorksheetSections.KeyLabel(item),
                ItemFormat.Matching => item.Key,
                ItemFormat.Open or ItemFormat.Card => "—",
            };
            runs.Add(new Run((runs.Count == 0 ? string.Empty : " · ") + item.Number.ToString(CultureInfo.InvariantCulture) + "\u00A0", Styles.Small));
            runs.Add(new Run(key.Replace(' ', '\u00A0'), Styles.Strong.WithSize(9.5f)));
        }
        return new Box(new Paragraph(runs), Styles.Note);
    }

    private Paragraph Answer(VariantItem item)
    {
        var badge = Styles.Strong with { Colour = Rgb.Accent };
        return item.Item.Format switch
        {
            ItemFormat.MultipleChoice or ItemFormat.TrueFalse => new Paragraph(
                [new Run(WorksheetSections.KeyLabel(item), badge), new Run(" — " + item.Item.Answer, Styles.Strong)]),
            ItemFormat.Matching => new Paragraph([new Run(item.Key, badge), new Run(" — " + item.Item.Answer, Styles.Body)]),
            ItemFormat.Open or ItemFormat.Card => new Paragraph(
                [new Run(words.Guidance + ": ", badge), new Run(item.Item.Answer, Styles.Body)]),
        };
    }
}
