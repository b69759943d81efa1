using System.Globalization;
using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Pdf.Layout;
using StudyKit.Reading;

namespace StudyKit.Pdf.Documents;

/// <summary>What every document builder shares: the pack, the words, the page and the measurer.</summary>
internal sealed record DocumentContext(ClassPack Pack, PdfOptions Options, Headings Words, PageSetup Page, ITextMeasurer Measurer)
{
    public static PageSetup PageFor(PaperSize paper) => paper switch
    {
        PaperSize.A4 => new PageSetup(PageSetup.Mm(210), PageSetup.Mm(297), PageSetup.Mm(20)),
        PaperSize.Letter => new PageSetup(612, 792, PageSetup.Mm(20)),
    };

    public string SeedText => Pack.Options.Seed.ToString();

    /// <summary>The named destination of an article paragraph in the answer key's appendix.</summary>
    public static string ParagraphDestination(ArticleLabel label, ParagraphNumber paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"art-{label.Value}-p{paragraph.Value}");

    public Article? ArticleOf(ArticleId id) => Pack.Bank.Articles.FirstOrDefault(a => a.Id == id);

    /// <summary>The option letter printed for a 0-based position (A…Z, then AA), as the exports write it.</summary>
    public static string Letter(int index) => ArticleLabel.FromIndex(index).Value;

    public float TextWidth(string text, TextStyle style) => Measurer.Width(Measurer.Prepare(text, style), style);

    public Layout.Paragraph Text(string text, TextStyle style, Align align = Align.Left) => Layout.Paragraph.Of(text, style, align);

    public Element SectionHeading(string title, string? hint)
    {
        var rule = new Graphic(4, (s, a) => s.Line(a.X, a.Y + 2, a.Right, a.Y + 2, Rgb.Accent, 0.8f), name: "rule");
        var parts = new List<Element> { Text(title, Styles.Section), rule };
        if (hint is not null)
        {
            parts.Add(Text(hint, Styles.Hint));
        }
        return new KeepTogether(new Column(parts, 3));
    }

    /// <summary>A round (multiple choice) or square (true/false) answer mark with a letter inside.</summary>
    public Graphic Mark(string letter, bool square, float size = 14)
    {
        var style = new TextStyle(8, Bold: true, Colour: Rgb.Grey);
        var prepared = Measurer.Prepare(letter, style);
        var width = Measurer.Width(prepared, style);
        var (ascent, _) = Measurer.Metrics(style);
        return new Graphic(size, (surface, area) =>
        {
            var centreX = area.X + (size / 2);
            var centreY = area.Y + (size / 2) + 1;
            if (square)
            {
                surface.Rectangle(new Rect(centreX - (size / 2) + 1, centreY - (size / 2) + 1, size - 2, size - 2), null, Rgb.Grey, 0.7f);
            }
            else
            {
                surface.Circle(centreX, centreY, (size / 2) - 1, Rgb.Grey, 0.7f);
            }
            surface.Text(centreX - (width / 2), centreY + (ascent * 0.36f), prepared, style);
        }, size, "answer mark " + letter);
    }

    /// <summary>Label text followed by a line to write on.</summary>
    public Row Field(string label, string? filled, float weight)
    {
        var labelWidth = TextWidth(label + ":", Styles.Strong) + 4;
        Element line = filled is null
            ? new Graphic(16, (s, a) => s.Line(a.X, a.Y + 14, a.Right, a.Y + 14, Rgb.Grey, 0.6f), name: "field line")
            : new Column([Text(filled, Styles.Body), new Graphic(2, (s, a) => s.Line(a.X, a.Y + 1, a.Right, a.Y + 1, Rgb.Grey, 0.6f))]);
        return new Row([new Cell(Text(label + ":", Styles.Strong), labelWidth), new Cell(line, Weight: weight)], 2);
    }

    public Element Footer(string text) => new Column(
    [
        new Graphic(5, (s, a) => s.Line(a.X, a.Y + 1, a.Right, a.Y + 1, Rgb.Rule, 0.5f), name: "footer rule"),
        Text(text, Styles.Small, Align.Centre),
    ]);

    /// <summary>"Artikel B · Kompas · paragraf 4" for one piece of evidence.</summary>
    public string SourceLine(Extraction.Evidence evidence)
    {
        var outlet = ArticleOf(evidence.Article)?.Outlet;
        return Words.Article + " " + evidence.Label.Value + (outlet is null ? string.Empty : " · " + outlet) + " · " + Words.Paragraph + " "
            + evidence.Paragraph.ToString();
    }

    public string KindLabel(ItemKind kind) => kind switch
    {
        ItemKind.QuoteCard => Words.QuoteCard,
        ItemKind.PersonCard => Words.PersonCard,
        ItemKind.TermCard => Words.TermCard,
        ItemKind.FactCard => Words.FactCard,
        ItemKind.WhoSaid or ItemKind.FactCloze or ItemKind.AccordingToWhom => Words.MultipleChoice,
        ItemKind.WhichArticle or ItemKind.WhichAgency or ItemKind.QuoteVia or ItemKind.WhichRewrites or ItemKind.RewriteChanges
            or ItemKind.WhichReport or ItemKind.QuoteWording => Words.SourceAttribution,
        ItemKind.MatchQuotes or ItemKind.MatchSources => Words.Matching,
        ItemKind.TrueFalse => Words.TrueFalse,
        ItemKind.Discussion => Words.Discussion,
    };
}
