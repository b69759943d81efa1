using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

/// <summary>Random hostile text (seeded) through every data file and export, compared with a real parser.</summary>
public sealed class ExportPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "Kata", "ekspor", " ", "  ", "\t", "\n", "\r\n", "{", "}", "~", "=", "#", ":", "::", "\\", "\\n", "<", ">", "&", "&amp;",
        "]]>", "<![CDATA[", "\"", "'", "%", "%50%", "-", "->", "+", "@", "*", "!", "?", "|", "`", "//", "[html]", "$CATEGORY:",
        "- ", "? ", ": ", "null", "true", "12.000", "0x1F", "“", "”", "‘", "’", "é", "ü", "—", "…", "\u00A0", "中文", "😀", ",", ";", "12,5%",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6];

    private static string Text(Bogus.Randomizer random, int index)
    {
        var text = new StringBuilder();
        var count = random.Number(1, 12);
        for (var i = 0; i < count; i++)
        {
            text.Append(random.ArrayElement(Pieces));
        }
        return text.Append(" x").Append(index).ToString();
    }

    private static ItemBank RandomBank(int seed)
    {
        var random = new Bogus.Randomizer(seed);
        var n = 0;
        return ExportFixture.Bank(Enum.GetValues<ItemKind>().Select(kind =>
        {
            var item = ExportFixture.ItemOf(kind);
            return item with
            {
                Prompt = Text(random, n++),
                Stimulus = random.Bool() ? Text(random, n++) : null,
                Answer = Text(random, n++),
                Explanation = Text(random, n++),
                Choices = [.. item.Choices.Select(c => c with { Text = kind == ItemKind.TrueFalse ? c.Text : Text(random, n++) })],
                Pairs = [.. item.Pairs.Select(p => new MatchPair(Text(random, n++), Text(random, n++)))],
            };
        }).Append(ExportFixture.FalseStatement()));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void BankFile_RandomText_RoundTripsInJsonAndYaml(int seed)
    {
        var bank = RandomBank(seed);
        foreach (var format in new[] { DataFormat.Json, DataFormat.Yaml })
        {
            var bytes = BankFile.Write(bank, format);
            var read = BankFile.Read(bytes, "bank", format);

            Assert.Equal(bytes, BankFile.Write(read, format));
            Assert.Equal(bank.Items.Select(i => (i.Prompt, i.Stimulus, i.Answer, i.Explanation)), read.Items.Select(i => (i.Prompt, i.Stimulus, i.Answer, i.Explanation)));
            Assert.Equal(bank.Items.SelectMany(i => i.Choices), read.Items.SelectMany(i => i.Choices));
            Assert.Equal(bank.Items.SelectMany(i => i.Pairs), read.Items.SelectMany(i => i.Pairs));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gift_RandomText_ParsesBackToTheBank(int seed)
    {
        var pack = ExportFixture.Pack(RandomBank(seed));

        var parsed = GiftRendererTests.ParseWithGiftPegjs(ExportFiles.Text(new GiftRenderer(), pack, "questions.gift"));

        var questions = parsed.EnumerateArray().Where(q => q.GetProperty("type").GetString() != "Category").ToList();
        var items = pack.Bank.Items.Where(i => i.Format != ItemFormat.Card).ToList();
        Assert.Equal(items.Select(i => i.Id.Value), questions.Select(q => q.GetProperty("title").GetString()));
        foreach (var (item, question) in items.Zip(questions))
        {
            Assert.Equal(ExportFiles.FromHtml(ExportModel.QuestionHtml(item)), ExportFiles.FromHtml(question.GetProperty("stem").GetProperty("text").GetString()!));
            Assert.Equal(ExportFiles.FromHtml(ExportModel.FeedbackHtml(pack, item)), ExportFiles.FromHtml(question.GetProperty("globalFeedback").GetProperty("text").GetString()!)
                [^ExportFiles.FromHtml(ExportModel.FeedbackHtml(pack, item)).Length..]);
            if (item.Format == ItemFormat.MultipleChoice)
            {
                Assert.Equal(item.Choices.Select(c => ExportFiles.AsExported(c.Text).Trim()),
                    question.GetProperty("choices").EnumerateArray().Select(c => ExportFiles.FromHtml(c.GetProperty("text").GetProperty("text").GetString()!).Trim()));
            }
            if (item.Format == ItemFormat.Matching)
            {
                Assert.Equal(item.Pairs.Select(p => Html.OneLine(p.Right)),
                    question.GetProperty("matchPairs").EnumerateArray().Select(p => GiftRendererTests.PlainSubanswer(p.GetProperty("subanswer").GetString()!)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MoodleXml_RandomText_ParsesBackToTheBank(int seed)
    {
        var pack = ExportFixture.Pack(RandomBank(seed));

        var xml = XDocument.Parse(ExportFiles.Text(new MoodleRenderer(), pack, "moodle.xml"));

        var questions = xml.Root!.Elements("question").Where(q => (string?)q.Attribute("type") != "category").ToList();
        var items = pack.Bank.Items.Where(i => i.Format != ItemFormat.Card).ToList();
        Assert.Equal(items.Count, questions.Count);
        foreach (var (item, question) in items.Zip(questions, (i, q) => (i, q)))
        {
            Assert.Equal(ExportModel.QuestionHtml(item), question.Element("questiontext")!.Element("text")!.Value);
            if (item.Format == ItemFormat.MultipleChoice)
            {
                Assert.Equal(item.Choices.Select(c => ExportFiles.AsExported(c.Text)), question.Elements("answer").Select(a => ExportFiles.FromHtml(a.Element("text")!.Value)));
            }
            if (item.Format == ItemFormat.Matching)
            {
                Assert.Equal(item.Pairs.Select(p => ExportFiles.AsExported(p.Left)), question.Elements("subquestion").Select(s => ExportFiles.FromHtml(s.Element("text")!.Value)));
                Assert.Equal(item.Pairs.Select(p => Html.OneLine(p.Right)), question.Elements("subquestion").Select(s => s.Element("answer")!.Element("text")!.Value));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CsvAndTsv_RandomText_KeepTheirShape(int seed)
    {
        var pack = ExportFixture.Pack(RandomBank(seed));

        var csv = DelimitedReader.Read(Encoding.UTF8.GetString(ExportFiles.Bytes(new CsvKeyRenderer(), pack, "answer-key.csv")[3..]), ',');
        var anki = DelimitedReader.Read(ExportFiles.Text(new AnkiRenderer(), pack, "anki-cards.txt"), '\t', headerLines: true);
        var quizlet = ExportFiles.Text(new QuizletRenderer(), pack, "quizlet-cards.txt").TrimEnd('\n').Split('\n');

        var entries = pack.Variants.SelectMany(v => v.Items).ToList();
        Assert.Equal(entries.Count + 1, csv.Rows.Count);
        Assert.All(csv.Rows, r => Assert.Equal(9, r.Count));
        Assert.Equal(entries.Select(e => "=+-@\t\r".Contains(e.Item.Answer[0], StringComparison.Ordinal) ? "'" + e.Item.Answer : e.Item.Answer), csv.Rows.Skip(1).Select(r => r[4]));
        Assert.Equal(pack.Cards.Length, anki.Rows.Count);
        Assert.All(anki.Rows, r => Assert.Equal(4, r.Count));
        Assert.Equal(pack.Cards.Select(c => ExportFiles.AsExported(c.Answer)), anki.Rows.Select(r => ExportFiles.FromHtml(r[2]).Split("\n\n")[0]));
        Assert.Equal(pack.Cards.Length, quizlet.Length);
        Assert.All(quizlet, l => Assert.Single(l, '\t'));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FindingsJson_RandomBank_IsValidJson(int seed)
    {
        using var json = JsonDocument.Parse(BankFile.Write(RandomBank(seed)));

        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("items").ValueKind);
    }
}
