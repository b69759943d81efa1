using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Tests.TestData;
using UglyToad.PdfPig;

namespace StudyKit.Pdf.Tests.Documents;

public sealed class StudyCardsAndClassSheetTests
{
    private static readonly ClassPack Pack = PackFixture.Pack();

    [Fact]
    public void Cards_FrontsThenBacks_OnAlternatePages()
    {
        var pages = RenderedPack.PageTexts(RenderedPack.Bytes("study-cards.pdf"));

        Assert.Equal(4, pages.Count);
        for (var i = 0; i < Pack.Cards.Length; i++)
        {
            var sheet = i / 8;
            var card = Pack.Cards[i];
            Assert.Contains(RenderedPack.Expected(card.Prompt), pages[2 * sheet], StringComparison.Ordinal);
            var back = RenderedPack.Expected(card.Answer);
            Assert.Contains(back[..Math.Min(back.Length, 30)], pages[(2 * sheet) + 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cards_BackPage_MirrorsColumnsForLongEdgeDuplex()
    {
        using var document = PdfDocument.Open(RenderedPack.Bytes("study-cards.pdf"));
        var front = document.GetPage(1);
        var back = document.GetPage(2);

        // The first card (a quote card) is top left on the front; its back is top right.
        var frontX = front.Letters.First(l => l.Value == "“").BoundingBox.Left;
        var backX = back.Letters.First(l => l.Value == "S").BoundingBox.Left;

        Assert.True(frontX < front.Width / 2, $"front at {frontX}");
        Assert.True(backX > back.Width / 2, $"back at {backX}");
    }

    [Fact]
    public void Cards_OverlongBack_IsCutWithEllipsisInsideTheCard()
    {
        var text = RenderedPack.Text(RenderedPack.Bytes("study-cards.pdf"));

        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.Contains(RenderedPack.Squash("Artikel A · Warta Pesisir · paragraf 1"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_TwoQuotesOfOneParagraph_NameThatParagraphOnce()
    {
        var card = Pack.Cards[0];
        var article = PackFixture.ArticleA;
        var paragraph = article.Paragraphs[1].Text;
        var twice = card with
        {
            Evidence = [PackFixture.Evidence(article, paragraph[..12]), PackFixture.Evidence(article, paragraph[^12..])],
        };
        var files = new PdfPackRenderer().Render(Pack with { Cards = [twice] });
        var back = RenderedPack.PageTexts(files.Single(f => f.Path == "study-cards.pdf").Content.ToArray())[1];

        var line = RenderedPack.Squash("Artikel A · Warta Pesisir · paragraf 2");
        Assert.Equal(1, (back.Length - back.Replace(line, "", StringComparison.Ordinal).Length) / line.Length);
    }

    [Fact]
    public void ClassSheet_EveryVariantRow_ListsItsKeysInQuestionOrder()
    {
        var pages = RenderedPack.PageTexts(RenderedPack.Bytes("class-sheet.pdf"));

        Assert.Single(pages);
        // 18 questions print as two bands of 9.
        foreach (var band in new[] { Enumerable.Range(1, 9), Enumerable.Range(10, 9) })
        {
            Assert.Contains("Varian" + string.Concat(band), pages[0], StringComparison.Ordinal);
            foreach (var variant in Pack.Variants)
            {
                var row = variant.Code + string.Concat(band.Select(n => variant.Items.Single(i => i.Number == n)).Select(Printed));
                Assert.Contains(row, pages[0], StringComparison.Ordinal);
            }
        }
    }

    private static string Printed(VariantItem item) => item.Item.Format switch
    {
        ItemFormat.MultipleChoice => item.Key,
        ItemFormat.TrueFalse => WorksheetSections.KeyLabel(item),
        ItemFormat.Matching => RenderedPack.Squash(item.Key),
        ItemFormat.Open or ItemFormat.Card => "—",
    };
}
