using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class PaginatorTests
{
    private static readonly TextStyle Ten = new(10);

    /// <summary>A page with 200 pt of content height (no header or footer).</summary>
    private static readonly PageSetup SmallPage = new(300, 300, 50);

    private static Paragraph Lines(string tag, int count) =>
        Paragraph.Of(string.Join("\n", Enumerable.Range(1, count).Select(i => $"{tag}{i}")), Ten);

    private static RecordingSurface Render(LayoutDocument document)
    {
        var surface = new RecordingSurface();
        new Paginator(new FakeMeasurer()).Render(document, surface);
        return surface;
    }

    [Fact]
    public void Render_KeepTogetherBlockPastPageEnd_MovesBlockToNextPage()
    {
        // 13.2 pt per line: 12 lines (158 pt) leave 42 pt, too little for the 4-line block (53 pt).
        var content = new Column([Lines("a", 12), new KeepTogether(Lines("k", 4))]);

        var surface = Render(new LayoutDocument(SmallPage, content));

        Assert.Equal(2, surface.Pages.Count);
        Assert.Equal(2, surface.PageOf("k1"));
        Assert.Equal(2, surface.PageOf("k4"));
    }

    [Fact]
    public void Render_SameBlockWithoutKeepTogether_SplitsAcrossPages()
    {
        var content = new Column([Lines("a", 12), Lines("k", 4)]);

        var surface = Render(new LayoutDocument(SmallPage, content));

        Assert.Equal(1, surface.PageOf("k1"));
        Assert.Equal(2, surface.PageOf("k4"));
    }

    [Fact]
    public void Render_KeepTogetherTallerThanAPage_SplitsInsteadOfFailing()
    {
        var surface = Render(new LayoutDocument(SmallPage, new KeepTogether(Lines("t", 40))));

        Assert.Equal(3, surface.Pages.Count);
        Assert.Equal(3, surface.PageOf("t40"));
    }

    [Fact]
    public void Render_FooterWithPageTotal_PrintsXOfYOnEveryPage()
    {
        var document = new LayoutDocument(SmallPage, Lines("p", 40),
            Footer: page => Paragraph.Of($"{page.Number} / {page.Total}", Ten));

        var surface = Render(document);

        var footers = surface.Pages.Select(p => p[^1].Text).ToList();
        Assert.Equal(4, surface.Pages.Count);
        Assert.Equal(["1 / 4", "2 / 4", "3 / 4", "4 / 4"], footers);
    }

    [Fact]
    public void Render_FooterTallerOnceTotalKnown_LaysOutAgainWithTheTallerFooter()
    {
        // Without the total the footer is one line (13 text lines a page); with it, two (12 a page): 50 lines need 5 pages, not 4.
        var document = new LayoutDocument(SmallPage, Lines("p", 50),
            Footer: page => Paragraph.Of(page.Total == 0 ? "draft" : $"{page.Number} / {page.Total}\nnext page", Ten));

        var surface = Render(document);

        Assert.Equal(5, surface.Pages.Count);
        Assert.Equal("1 / 5", surface.Pages[0][^2].Text);
        Assert.All(surface.Pages.SelectMany(p => p).Where(t => t.Text.StartsWith('p')), t => Assert.InRange(t.Baseline, 50, 250 - 26.4f - 12));
    }

    [Fact]
    public void Render_PageBreak_StartsNextPage()
    {
        var surface = Render(new LayoutDocument(SmallPage, new Column([Lines("a", 1), new PageBreak(), Lines("b", 1)])));

        Assert.Equal(2, surface.PageOf("b1"));
    }

    [Fact]
    public void Render_MorePagesThanLimit_ThrowsLayoutErrorNamingLimit()
    {
        var document = new LayoutDocument(SmallPage, Lines("p", 100), MaxPages: 2);

        var error = Assert.Throws<LayoutException>(() => Render(document));

        Assert.Contains("more than 2 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnsplittableBlockTallerThanPage_ThrowsLayoutErrorExplainingWhy()
    {
        var document = new LayoutDocument(SmallPage, new Graphic(500, (_, _) => { }, name: "tall figure"));

        var error = Assert.Throws<LayoutException>(() => Render(document));

        Assert.Contains("tall figure", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnchorAndLink_RecordDestinationAndLinkArea()
    {
        var content = new Column([new Paragraph([new Run("see ", Ten), new Run("there", Ten, "dest-1")]), new PageBreak(), new Anchor("dest-1")]);

        var surface = Render(new LayoutDocument(SmallPage, content));

        Assert.Equal((2, "dest-1"), Assert.Single(surface.Destinations));
        var link = Assert.Single(surface.Links);
        Assert.Equal(1, link.Page);
        Assert.Equal(25, link.Area.Width, 2);
    }

    [Fact]
    public void Render_BoxAroundSplittingText_DrawsAFramePerPage()
    {
        var box = new Box(Lines("q", 30), new BoxStyle(Padding: 5, Border: Rgb.Grey));

        var surface = Render(new LayoutDocument(SmallPage, box));

        Assert.Equal(surface.Pages.Count, surface.Rectangles.Count);
        Assert.All(surface.Rectangles, r => Assert.True(r.Area.Bottom <= 250.01f, $"frame ends at {r.Area.Bottom}"));
    }

    [Fact]
    public void Render_TextOnEveryPage_StaysInsideContentArea()
    {
        var content = new Column([Lines("a", 7), new KeepTogether(Lines("b", 9)), Paragraph.Of(string.Concat(Enumerable.Repeat("Kata", 125)), Ten)], 6);

        var surface = Render(new LayoutDocument(SmallPage, content));

        Assert.All(surface.Pages.SelectMany(p => p), t =>
        {
            Assert.InRange(t.X, 50, 250);
            Assert.InRange(t.X + (t.Text.Length * 5), 50, 250.01f);
            Assert.InRange(t.Baseline, 50, 250);
        });
    }
}
