using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

public sealed class AnkiRendererTests
{
    private static DelimitedReader.Table Read(StudyKit.Packing.ClassPack pack) =>
        DelimitedReader.Read(ExportFiles.Text(new AnkiRenderer(), pack, "anki-cards.txt"), '\t', headerLines: true);

    [Fact]
    public void Render_Headers_DescribeTheColumns()
    {
        var table = Read(ExportFixture.Pack());

        Assert.Equal("tab", table.Headers["separator"]);
        Assert.Equal("true", table.Headers["html"]);
        Assert.Equal("Basic", table.Headers["notetype"]);
        Assert.Equal("GUID\tFront\tBack\tTags", table.Headers["columns"]);
        Assert.Equal("1", table.Headers["guid column"]);
        Assert.Equal("4", table.Headers["tags column"]);
    }

    [Fact]
    public void Render_Rows_HoldEachCardWithFourFieldsAndItsText()
    {
        var pack = ExportFixture.Pack();
        var table = Read(pack);

        Assert.Equal(pack.Cards.Length, table.Rows.Count);
        foreach (var (card, row) in pack.Cards.Zip(table.Rows))
        {
            Assert.Equal(4, row.Count);
            Assert.Matches("^[0-9a-f]{32}$", row[0]);
            Assert.Equal(ExportFiles.AsExported(card.Prompt), ExportFiles.FromHtml(row[1]));
            var back = ExportFiles.FromHtml(row[2]);
            Assert.StartsWith(ExportFiles.AsExported(card.Answer), back, StringComparison.Ordinal);
            Assert.All(card.Evidence, e => Assert.Contains(e.Excerpt, back, StringComparison.Ordinal));
            var tags = row[3].Split(' ');
            Assert.Contains(ExportNames.Of(card.Kind), tags);
            Assert.All(card.Evidence, e => Assert.Contains(e.Article.Value, tags));
        }
    }

    [Fact]
    public void Render_Guids_AreStableAcrossRendersAndPromptEdits()
    {
        var pack = ExportFixture.Pack();
        var edited = ExportFixture.Pack(pack.Bank with
        {
            Items = [.. pack.Bank.Items.Select(i => i.Format == ItemFormat.Card ? i with { Prompt = i.Prompt + " (edited)", Answer = "changed" } : i)],
        });

        var first = Read(pack).Rows.Select(r => r[0]).ToList();
        var again = Read(ExportFixture.Pack()).Rows.Select(r => r[0]).ToList();
        var afterEdit = Read(edited).Rows.Select(r => r[0]).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first, afterEdit);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.NotEqual(Read(edited).Rows[0][1], Read(pack).Rows[0][1]);
    }

    [Fact]
    public void Render_Fields_HoldNoRawTabsOrLineBreaks()
    {
        var text = ExportFiles.Text(new AnkiRenderer(), ExportFixture.Pack(), "anki-cards.txt");

        Assert.All(text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')), l => Assert.Equal(3, l.Count(c => c == '\t')));
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain('"', text);
    }
}
