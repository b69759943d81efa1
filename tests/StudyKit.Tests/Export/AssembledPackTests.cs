using System.Text;
using System.Xml.Linq;
using StudyKit.Export;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Tests.Export;

/// <summary>The exports of a pack made by the real <see cref="PackAssembler"/> from the hand-built bank.</summary>
public sealed class AssembledPackTests
{
    private static ClassPack Assemble(int seed) =>
        new PackAssembler().Assemble(ExportFixture.Bank(), new PackOptions { Variants = 3, Questions = 8, Seed = new Seed(seed) });

    [Theory]
    [InlineData(1)]
    [InlineData(2024)]
    public void Render_AssembledPack_IsByteIdenticalAcrossRuns(int seed)
    {
        foreach (var renderer in ExportFiles.Renderers)
        {
            var first = renderer.Render(Assemble(seed));
            var second = renderer.Render(Assemble(seed));

            Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
            Assert.All(first.Zip(second), p => Assert.Equal(p.First.Content.ToArray(), p.Second.Content.ToArray()));
        }
    }

    [Fact]
    public void Render_AssembledPack_KeyLettersPointAtTheCorrectChoice()
    {
        var pack = Assemble(7);
        var rows = DelimitedReader.Read(Encoding.UTF8.GetString(ExportFiles.Bytes(new CsvKeyRenderer(), pack, "answer-key.csv")[3..]), ',').Rows.Skip(1).ToList();

        var entries = pack.Variants.SelectMany(v => v.Items.Select(i => (v.Code, i))).ToList();
        Assert.Equal(entries.Count, rows.Count);
        foreach (var ((code, entry), row) in entries.Zip(rows))
        {
            Assert.Equal(code, row[0]);
            Assert.Equal(entry.Key, row[3]);
            if (entry.Item.Format is ItemFormat.MultipleChoice)
            {
                Assert.True(entry.Choices[row[3][0] - 'A'].Correct);
            }
        }
    }

    [Fact]
    public void Render_AssembledPack_MoodleHoldsEachDrawnQuestionOnce()
    {
        var pack = Assemble(7);
        var xml = XDocument.Parse(ExportFiles.Text(new MoodleRenderer(), pack, "moodle.xml"));

        var ids = xml.Root!.Elements("question").Select(q => q.Element("idnumber")?.Value).OfType<string>().ToList();

        Assert.Equal(pack.Variants.SelectMany(v => v.Items).Select(i => i.Item.Id.Value).Distinct().Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }
}
