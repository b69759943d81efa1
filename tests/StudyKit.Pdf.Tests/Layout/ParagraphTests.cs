using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class ParagraphTests
{
    private static readonly LayoutContext Context = new(new FakeMeasurer());
    private static readonly TextStyle Ten = new(10);

    private static List<string> LineTexts(Paragraph paragraph, float width) =>
        paragraph.Lines(Context, width).Select(l => string.Concat(l.Pieces.Select(p => p.Text))).ToList();

    [Fact]
    public void Lines_TextWiderThanWidth_WrapsAtSpaces()
    {
        // 5 pt per character: 20 characters per 100 pt line.
        var lines = LineTexts(Paragraph.Of("aaaa bbbb cccc dddd eeee ffff", Ten), 100);

        Assert.Equal(["aaaa bbbb cccc dddd", "eeee ffff"], lines);
    }

    [Fact]
    public void Lines_RunsWithoutSpaceBetween_StayOneWord()
    {
        var paragraph = new Paragraph([new Run("aaaaaaaaaaaaaaaa ", Ten), new Run("B.", Ten.AsBold()), new Run("cc", Ten)]);

        var lines = LineTexts(paragraph, 100);

        Assert.Equal(["aaaaaaaaaaaaaaaa", "B.cc"], lines);
    }

    [Fact]
    public void Lines_FiveHundredCharacterWord_BreaksInsideWidthAndKeepsEveryCharacter()
    {
        var word = string.Concat(Enumerable.Repeat("Kata", 125));
        var paragraph = Paragraph.Of("Tautan: " + word, Ten);

        var lines = paragraph.Lines(Context, 100);

        Assert.All(lines, l => Assert.True(l.Width <= 100.01f, $"line of {l.Width} pt"));
        Assert.Equal("Tautan:" + word, string.Concat(lines.SelectMany(l => l.Pieces).Select(p => p.Text)));
        Assert.Equal(26, lines.Count);
    }

    [Fact]
    public void Lines_LongWordWithCombiningMarks_NeverStartsALineWithAMark()
    {
        var word = string.Concat(Enumerable.Repeat("e\u0301", 60));

        var lines = LineTexts(Paragraph.Of(word, Ten), 47);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.Equal('e', l[0]));
    }

    [Fact]
    public void Lines_NewlineInText_StartsANewLine()
    {
        Assert.Equal(["one", "two"], LineTexts(Paragraph.Of("one\ntwo", Ten), 500));
    }

    [Fact]
    public void Measure_HalfTheLinesFit_FitsPartlyAndSplitsKeepingAllText()
    {
        var paragraph = Paragraph.Of(string.Join(' ', Enumerable.Repeat("abcd", 40)), Ten);
        var lineHeight = 10 * TextStyle.Leading;

        var fit = paragraph.Measure(Context, 100, lineHeight * 4.5f);
        var (head, tail) = paragraph.Split(Context, 100, lineHeight * 4.5f);

        Assert.Equal(FitKind.Partial, fit.Kind);
        Assert.Equal(lineHeight * 4, fit.Height, 2);
        var all = LineTexts((Paragraph)head, 100).Concat(LineTexts((Paragraph)tail, 100));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("abcd", 40)), string.Join(' ', all));
    }

    [Fact]
    public void Measure_NoLineFits_DoesNotFitWithReason()
    {
        var fit = Paragraph.Of("abcd", Ten).Measure(Context, 100, 5);

        Assert.Equal(FitKind.None, fit.Kind);
        Assert.Contains("abcd", fit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_OneLineWouldBeOrphaned_MovesWholeParagraph()
    {
        var paragraph = Paragraph.Of(string.Join(' ', Enumerable.Repeat("abcd", 24)), Ten);

        var fit = paragraph.Measure(Context, 100, 10 * TextStyle.Leading * 1.5f);

        Assert.Equal(FitKind.None, fit.Kind);
    }
}
