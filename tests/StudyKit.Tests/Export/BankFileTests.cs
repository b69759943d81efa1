using System.Text;
using System.Text.Json;
using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

public sealed partial class BankFileTests
{
    [Theory]
    [InlineData(DataFormat.Json, "bank.json")]
    [InlineData(DataFormat.Yaml, "bank.yaml")]
    public void Write_ReadWrite_GivesIdenticalBytes(DataFormat format, string path)
    {
        var bank = ExportFixture.Bank();
        var first = BankFile.Write(bank, format);

        var read = BankFile.Read(first, path);
        var second = BankFile.Write(read, format);

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Theory]
    [InlineData(DataFormat.Json)]
    [InlineData(DataFormat.Yaml)]
    public void Read_WrittenBank_EqualsOriginalItemByItem(DataFormat format)
    {
        var bank = ExportFixture.Bank();

        var read = BankFile.Read(BankFile.Write(bank, format), "bank", format);

        Assert.Equal(bank.Items.Length, read.Items.Length);
        for (var i = 0; i < bank.Items.Length; i++)
        {
            Assert.Equal(Serialised(bank.Items[i]), Serialised(read.Items[i]));
            Assert.Equal(bank.Items[i].Evidence, read.Items[i].Evidence);
            Assert.Equal(bank.Items[i].Choices, read.Items[i].Choices);
        }
        Assert.Equal(bank.Rejections, read.Rejections);
        Assert.Equal(bank.Language, read.Language);
        foreach (var (original, back) in bank.Articles.Zip(read.Articles))
        {
            Assert.Equal(original.Text, back.Text);
            Assert.Equal(original.Paragraphs, back.Paragraphs);
            Assert.Equal(original.Published, back.Published);
            Assert.Equal(original.Authors, back.Authors);
            Assert.Equal(original.Noise, back.Noise);
            Assert.Equal(original with { Authors = [], Wire = [], Paragraphs = [], Noise = [], Sentences = [] },
                back with { Authors = [], Wire = [], Paragraphs = [], Noise = [], Sentences = [] });
        }
    }

    [Fact]
    public void Write_Json_IsUtf8WithoutBomWithLfAndReadableText()
    {
        var bytes = BankFile.Write(ExportFixture.Bank());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain('\r', text);
        Assert.Contains("“{kurung}”", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schema\": \"studykit.bank/1\",\n  \"language\": \"id\",", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(bytes);
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal(
            ["id", "kind", "language", "prompt", "stimulus", "choices", "pairs", "answer", "explanation", "difficulty", "tags", "evidence"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("who-said", item.GetProperty("kind").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("rejections").GetArrayLength());
    }

    [Fact]
    public void Write_Yaml_QuotesStringsThatLookLikeOtherTypes()
    {
        var bank = ExportFixture.Bank([ExportFixture.ItemOf(ItemKind.FactCard) with { Answer = "2024", Prompt = "true" }]);

        var yaml = Encoding.UTF8.GetString(BankFile.Write(bank, DataFormat.Yaml));
        var read = BankFile.Read(Encoding.UTF8.GetBytes(yaml), "bank.yaml");

        Assert.Contains("prompt: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("answer: \"2024\"", yaml, StringComparison.Ordinal);
        Assert.Equal("2024", read.Items[0].Answer);
        Assert.DoesNotContain('\r', yaml);
        Assert.Matches(@"\n    span: \[\d+, \d+\]\n", yaml);
        Assert.Contains("published: \"2024-06-19T18:34+07:00\"", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TeacherEdits_AreAccepted()
    {
        var bank = ExportFixture.Bank();
        var json = Encoding.UTF8.GetString(BankFile.Write(bank));
        var whoSaid = bank.Items.First(i => i.Kind == ItemKind.WhoSaid);
        var edited = Mutate(json, root =>
        {
            var items = root["items"]!.AsArray();
            items.RemoveAt(items.Count - 1);
            var first = items[0]!;
            first["prompt"] = "Siapa yang berkata begini? (disunting guru)";
            first["choices"]!.AsArray().RemoveAt(3);
        });

        var read = BankFile.Read(Encoding.UTF8.GetBytes(edited), "bank.json");

        Assert.Equal(bank.Items.Length - 1, read.Items.Length);
        var item = read.Items.Single(i => i.Id == whoSaid.Id);
        Assert.Equal("Siapa yang berkata begini? (disunting guru)", item.Prompt);
        Assert.Equal(3, item.Choices.Length);
    }

    [Fact]
    public void Read_TeacherEditedYaml_AcceptsBlockTextAndDeletions()
    {
        var bank = ExportFixture.Bank();
        var yaml = Encoding.UTF8.GetString(BankFile.Write(bank, DataFormat.Yaml));
        var whoSaid = bank.Items.First(i => i.Kind == ItemKind.WhoSaid);
        var start = yaml.IndexOf("- id: " + whoSaid.Id, StringComparison.Ordinal);
        var promptLine = yaml.IndexOf("  prompt: ", start, StringComparison.Ordinal);
        var promptEnd = yaml.IndexOf('\n', promptLine);
        var edited = yaml[..promptLine] + "  prompt: |\n    Siapa yang berkata:\n    \"kami optimistis\"?" + yaml[promptEnd..];
        var discussion = bank.Items.First(i => i.Kind == ItemKind.Discussion);
        var from = edited.IndexOf("- id: " + discussion.Id, StringComparison.Ordinal);
        var to = edited.IndexOf("\n- id: ", from + 1, StringComparison.Ordinal);
        edited = edited[..from] + edited[(to + 1)..];

        var read = BankFile.Read(Encoding.UTF8.GetBytes(edited), "bank.yaml");

        Assert.Equal("Siapa yang berkata:\n\"kami optimistis\"?\n", read.Items.Single(i => i.Id == whoSaid.Id).Prompt);
        Assert.DoesNotContain(read.Items, i => i.Id == discussion.Id);
        Assert.Equal(bank.Items.Length - 1, read.Items.Length);
    }

    [Fact]
    public void Read_HandAddedItemWithOnlyTheNeededFields_IsAccepted()
    {
        var bank = ExportFixture.Bank([ExportFixture.ItemOf(ItemKind.WhoSaid)]);
        var start = ExportFixture.Kontan.Text.IndexOf("Budi Santoso", StringComparison.Ordinal);
        var json = Mutate(Encoding.UTF8.GetString(BankFile.Write(bank)), root => root["items"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(
            "{\"id\": \"guru-1\", \"kind\": \"term-card\", \"prompt\": \"Mendag\", \"answer\": \"Menteri Perdagangan\", " +
            $"\"evidence\": [{{\"article\": \"001_kontan\", \"span\": [{start}, {start + 12}]}}]}}")));

        var read = BankFile.Read(Encoding.UTF8.GetBytes(json), "bank.json");

        var added = read.Items.Single(i => i.Id.Value == "guru-1");
        Assert.Equal("Budi Santoso", added.Evidence[0].Excerpt);
        Assert.Equal(1, added.Evidence[0].Paragraph.Value);
        Assert.Equal(StudyKit.Reading.ArticleLanguage.Id, added.Language);
        Assert.Equal(2, added.Difficulty);
    }

    [Theory]
    [InlineData(DataFormat.Json)]
    [InlineData(DataFormat.Yaml)]
    public void Read_PathWithoutExtension_SniffsTheFormat(DataFormat format)
    {
        var bytes = BankFile.Write(ExportFixture.Bank(), format);

        Assert.Equal(bytes, BankFile.Write(BankFile.Read(bytes, "bank-edited"), format));
    }

    private static string Serialised(Item item) => Encoding.UTF8.GetString(JsonTreeFor(item));

    private static byte[] JsonTreeFor(Item item) => StudyKit.Export.JsonTree.Write(BankNodes.Item(item));

    internal static string Mutate(string json, Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        change(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
