using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Layout;
using StudyKit.Pdf.Tests.Layout;
using StudyKit.Pdf.Tests.TestData;

namespace StudyKit.Pdf.Tests.Documents;

public sealed class StudyCardFittingTests
{
    private static readonly FakeMeasurer Measurer = new();
    private static readonly LayoutContext Layout = new(Measurer);

    private static StudyCardsDocument Cards() => new(new DocumentContext(PackFixture.Pack(), new PdfOptions(), Headings.Id,
        DocumentContext.PageFor(PaperSize.A4), Measurer));

    private static List<string> Texts(Element card)
    {
        var surface = new RecordingSurface();
        surface.BeginPage(300, 300);
        card.Draw(new DrawContext(Layout, surface), new Rect(0, 0, 200, 150));
        return surface.Pages[0].Select(t => t.Text).ToList();
    }

    [Fact]
    public void Fitted_ShortText_KeepsFullSizeAndEveryWord()
    {
        var card = Cards().Fitted("FAKTA", [("Tiga pompa", Styles.Body.WithSize(12))], (222, 172));

        Assert.Equal(FitKind.Full, card.Measure(Layout, 200, 150).Kind);
        Assert.Equal(["FAKTA", "Tiga pompa"], Texts(card));
    }

    [Fact]
    public void Fitted_OverlongText_ShrinksThenCutsWithEllipsisInsideTheCard()
    {
        var text = string.Join(' ', Enumerable.Repeat("penjelasan panjang", 200));
        var source = "Artikel A · Warta Pesisir · paragraf 1";

        var card = Cards().Fitted("ISTILAH", [(text, Styles.Body.WithSize(12)), (source, Styles.Small)], (222, 172));

        Assert.Equal(FitKind.Full, card.Measure(Layout, 200, 150).Kind);
        var texts = Texts(card);
        Assert.EndsWith("…", texts[^2], StringComparison.Ordinal);
        Assert.Equal(source, texts[^1]);
    }
}
