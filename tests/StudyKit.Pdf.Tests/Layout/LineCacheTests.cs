using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class LineCacheTests
{
    private static readonly TextStyle Ten = new(10);

    /// <summary>Counts the widths asked for, to see whether lines were broken again.</summary>
    private sealed class CountingMeasurer : ITextMeasurer
    {
        private readonly FakeMeasurer inner = new();

        public int Widths { get; private set; }

        public string Prepare(string text, TextStyle style) => inner.Prepare(text, style);

        public float Width(string text, TextStyle style)
        {
            Widths++;
            return inner.Width(text, style);
        }

        public (float Ascent, float Descent) Metrics(TextStyle style) => inner.Metrics(style);
    }

    [Fact]
    public void Lines_SameRunsInAnotherParagraph_AreTheCachedLines()
    {
        var measurer = new CountingMeasurer();
        var context = new LayoutContext(measurer);
        var first = Paragraph.Of("aaaa bbbb cccc dddd eeee ffff", Ten).Lines(context, 100);
        var widths = measurer.Widths;

        var second = new Paragraph([new Run("aaaa bbbb cccc dddd eeee ffff", Ten)]).Lines(context, 100);

        Assert.Same(first, second);
        Assert.Equal(widths, measurer.Widths);
    }

    [Theory]
    [InlineData("aaaa bbbb cccc dddd eeee ffff", false, null, 60)] // another width
    [InlineData("aaaa bbbb cccc dddd eeee ffff", true, null, 100)] // another style
    [InlineData("aaaa bbbb cccc dddd eeee ffff", false, "#q1", 100)] // a link
    [InlineData("aaaa bbbb cccc dddd eeee fff", false, null, 100)] // other text
    public void Lines_RunsOrWidthDiffer_AreBrokenAfresh(string text, bool bold, string? link, float width)
    {
        var context = new LayoutContext(new FakeMeasurer());
        var cached = Paragraph.Of("aaaa bbbb cccc dddd eeee ffff", Ten).Lines(context, 100);

        var lines = new Paragraph([new Run(text, bold ? Ten.AsBold() : Ten, link)]).Lines(context, width);

        Assert.NotSame(cached, lines);
        var fresh = new Paragraph([new Run(text, bold ? Ten.AsBold() : Ten, link)]).Lines(new LayoutContext(new FakeMeasurer()), width);
        Assert.Equal(Pieces(fresh), Pieces(lines));
    }

    private static List<LinePiece> Pieces(IReadOnlyList<TextLine> lines) => lines.SelectMany(l => l.Pieces).ToList();
}
