using StudyKit.Extraction;
using StudyKit.Pdf.Layout;
using StudyKit.Reading;

namespace StudyKit.Pdf.Documents;

/// <summary>
/// The source articles, labelled A, B, C…, with title, outlet and date, and numbered paragraphs so students
/// can find and cite evidence. The answer key's copy marks each paragraph as a named destination and
/// highlights the evidence its items cite.
/// </summary>
internal sealed class ArticlesAppendix(DocumentContext context)
{
    public Element Build(bool anchors, IReadOnlyList<Evidence> highlights)
    {
        var blocks = new List<Element>
        {
            context.SectionHeading(context.Words.Appendix, context.Words.AppendixHint),
        };
        foreach (var article in context.Pack.Bank.Articles)
        {
            blocks.Add(new Spacer(6));
            blocks.Add(Masthead(article));
            var marked = highlights.Where(e => e.Article == article.Id).Select(e => e.Span).ToList();
            foreach (var paragraph in article.Paragraphs)
            {
                blocks.Add(ParagraphBlock(article, paragraph, anchors, marked));
            }
        }
        return new Column(blocks, 6);
    }

    private KeepTogether Masthead(Article article)
    {
        var badge = new Box(context.Text(article.Label.Value, new TextStyle(15, Bold: true, Colour: Rgb.White), Align.Centre),
            new BoxStyle(Padding: 4, Fill: Rgb.Accent));
        var meta = new List<string>();
        if (article.Outlet is not null)
        {
            meta.Add(article.Outlet);
        }
        if (article.Published is not null)
        {
            meta.Add(context.Words.FormatDate(article.Published.Date));
        }
        if (article.Authors.Length > 0)
        {
            meta.Add(string.Join(", ", article.Authors));
        }
        if (article.Wire.Length > 0)
        {
            meta.Add(string.Join(", ", article.Wire));
        }
        var lines = new List<Element>
        {
            context.Text(context.Words.Article + " " + article.Label.Value, Styles.SmallStrong),
            context.Text(article.Title ?? article.File, Styles.Subheading),
        };
        if (meta.Count > 0)
        {
            lines.Add(context.Text(string.Join(" · ", meta), Styles.Small));
        }
        var rule = new Graphic(3, (s, a) => s.Line(a.X, a.Y + 1.5f, a.Right, a.Y + 1.5f, Rgb.Rule, 0.5f), name: "rule");
        return new KeepTogether(new Column([new Row([new Cell(badge, 30), new Cell(new Column(lines, 2))], 10), rule], 4));
    }

    private Element ParagraphBlock(Article article, Reading.Paragraph paragraph, bool anchors, IReadOnlyList<TextSpan> marked)
    {
        var number = context.Text(paragraph.Number.ToString(), Styles.SmallStrong, Align.Right);
        var text = new Layout.Paragraph(Runs(paragraph, marked))
        {
            Anchor = anchors ? DocumentContext.ParagraphDestination(article.Label, paragraph.Number) : null,
        };
        return new Row([new Cell(new Box(number, new BoxStyle(Padding: 1.2f)), 18), new Cell(text)], 8);
    }

    /// <summary>The paragraph as runs, highlighted where an evidence span overlaps it.</summary>
    private static List<Run> Runs(Reading.Paragraph paragraph, IReadOnlyList<TextSpan> marked)
    {
        var start = paragraph.Span.Start;
        var flags = new bool[paragraph.Text.Length];
        foreach (var span in marked.Where(s => s.Overlaps(paragraph.Span)))
        {
            for (var i = Math.Max(span.Start, start); i < Math.Min(span.End, paragraph.Span.End); i++)
            {
                flags[i - start] = true;
            }
        }
        var runs = new List<Run>();
        var plain = Styles.Article;
        var bright = plain with { Highlight = Rgb.Highlight };
        for (var i = 0; i < flags.Length;)
        {
            var j = i;
            while (j < flags.Length && flags[j] == flags[i])
            {
                j++;
            }
            runs.Add(new Run(paragraph.Text[i..j], flags[i] ? bright : plain));
            i = j;
        }
        return runs;
    }
}
