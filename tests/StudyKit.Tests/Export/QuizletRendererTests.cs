using StudyKit.Export;

namespace StudyKit.Tests.Export;

public sealed class QuizletRendererTests
{
    [Fact]
    public void Render_EachCard_IsOneLineTermTabDefinition()
    {
        var pack = ExportFixture.Pack();

        var lines = ExportFiles.Text(new QuizletRenderer(), pack, "quizlet-cards.txt").Split('\n');

        Assert.Equal("", lines[^1]);
        Assert.Equal(pack.Cards.Length, lines.Length - 1);
        foreach (var (card, line) in pack.Cards.Zip(lines))
        {
            var fields = line.Split('\t');
            Assert.Equal(2, fields.Length);
            Assert.Equal(Html.OneLine(card.Prompt), fields[0]);
            Assert.Equal(Html.OneLine(card.Answer), fields[1]);
        }
        Assert.Contains(lines, l => l.Contains(ExportFixture.Hostile, StringComparison.Ordinal));
    }

    [Fact]
    public void OneLine_TabsAndLineBreaks_BecomeSingleSpaces() =>
        Assert.Equal("a b c", Html.OneLine(" a\t\r\nb \n\n c "));
}
