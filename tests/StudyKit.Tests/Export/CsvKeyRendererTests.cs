using System.Text;
using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

public sealed class CsvKeyRendererTests
{
    private static (byte[] Bytes, DelimitedReader.Table Table) Render(StudyKit.Packing.ClassPack pack)
    {
        var bytes = ExportFiles.Bytes(new CsvKeyRenderer(), pack, "answer-key.csv");
        return (bytes, DelimitedReader.Read(new UTF8Encoding(false).GetString(bytes[3..]), ','));
    }

    [Fact]
    public void Render_Rows_AreTheKeyOfEveryVariantItem()
    {
        var pack = ExportFixture.Pack();

        var (bytes, table) = Render(pack);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(["variant", "student", "number", "letter", "answer", "item", "kind", "article", "paragraph"], table.Rows[0]);
        var expected = pack.Variants.SelectMany(v => v.Items.Select(i => (v, i))).ToList();
        Assert.Equal(expected.Count, table.Rows.Count - 1);
        foreach (var ((variant, entry), row) in expected.Zip(table.Rows.Skip(1)))
        {
            Assert.Equal(9, row.Count);
            Assert.Equal(variant.Code, row[0]);
            Assert.Equal(entry.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), row[2]);
            Assert.Equal(entry.Key, row[3]);
            Assert.Equal(entry.Item.Id.Value, row[5]);
            Assert.Equal(string.Join("; ", entry.Item.Evidence.Select(e => e.Label.Value)), row[7]);
        }
        Assert.Equal("Siti Nur'aini, \"=Ketua\"", table.Rows.First(r => r[0] == "B")[1]);
    }

    [Fact]
    public void Render_LineEnds_AreCrLf()
    {
        var text = Encoding.UTF8.GetString(Render(ExportFixture.Pack()).Bytes);

        Assert.Equal(text.Count(c => c == '\n'), Enumerable.Range(1, text.Length - 1).Count(i => text[i] == '\n' && text[i - 1] == '\r'));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")")]
    [InlineData("+62 812 3456")]
    [InlineData("-5 persen")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Render_FormulaPrefix_IsNeutralisedWithAnApostrophe(string answer)
    {
        var item = ExportFixture.ItemOf(ItemKind.WhoSaid);
        item = item with { Answer = answer, Choices = [new Choice(answer, true), .. item.Choices.Skip(1)] };

        var (_, table) = Render(ExportFixture.Pack(ExportFixture.Bank([item])));

        Assert.All(table.Rows.Skip(1), r => Assert.Equal("'" + answer, r[4]));
    }

    [Fact]
    public void Render_HostileAnswer_ComesBackExactly()
    {
        var answer = "Kata \"kami\", lalu;\nbaris baru ]]> & <b> \\ ~ {x}";
        var item = ExportFixture.ItemOf(ItemKind.Discussion) with { Answer = answer };

        var (_, table) = Render(ExportFixture.Pack(ExportFixture.Bank([item])));

        Assert.Equal(answer, table.Rows[1][4]);
    }
}
