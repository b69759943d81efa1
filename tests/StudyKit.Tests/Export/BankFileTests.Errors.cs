using System.Text;
using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

public sealed partial class BankFileTests
{
    private static readonly Item WhoSaid = ExportFixture.ItemOf(ItemKind.WhoSaid);

    private static string OneItemJson() => Encoding.UTF8.GetString(BankFile.Write(ExportFixture.Bank([WhoSaid])));

    private static StudyKitInputException ReadFails(string text, string path = "bank.json") =>
        Assert.Throws<StudyKitInputException>(() => BankFile.Read(Encoding.UTF8.GetBytes(text), path));

    [Fact]
    public void Read_NoCorrectChoice_NamesItemFieldAndLine()
    {
        var json = OneItemJson().Replace("\"correct\": true", "\"correct\": false", StringComparison.Ordinal);

        var error = ReadFails(json);

        Assert.Equal($"item '{WhoSaid.Id}': field 'choices': exactly one choice must be correct", error.Message);
        Assert.Equal("bank.json", error.SourcePath);
        var line = json.Split('\n').ToList().FindIndex(l => l.Contains("\"choices\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Read_TwoCorrectChoices_Fails()
    {
        var json = OneItemJson().Replace("\"correct\": false", "\"correct\": true", StringComparison.Ordinal);

        Assert.EndsWith("exactly one choice must be correct", ReadFails(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKind_ListsTheKnownOnes()
    {
        var error = ReadFails(OneItemJson().Replace("\"who-said\"", "\"who-knows\"", StringComparison.Ordinal));

        Assert.StartsWith($"item '{WhoSaid.Id}': field 'kind': unknown kind 'who-knows' (expected one of: who-said, fact-cloze,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingPrompt_Fails()
    {
        var json = Mutate(OneItemJson(), root => root["items"]![0]!.AsObject().Remove("prompt"));

        Assert.Equal($"item '{WhoSaid.Id}': field 'prompt': is missing", ReadFails(json).Message);
    }

    [Fact]
    public void Read_WrongType_Fails()
    {
        var json = Mutate(OneItemJson(), root => root["items"]![0]!["choices"] = "Budi Santoso");

        Assert.Equal($"item '{WhoSaid.Id}': field 'choices': must be a list", ReadFails(json).Message);
    }

    [Fact]
    public void Read_DuplicateIds_Fails()
    {
        var json = Mutate(OneItemJson(), root => root["items"]!.AsArray().Add(root["items"]![0]!.DeepClone()));

        Assert.Equal($"item '{WhoSaid.Id}': field 'id': id '{WhoSaid.Id}' is used by another item", ReadFails(json).Message);
    }

    [Fact]
    public void Read_MisspelledField_Fails()
    {
        var json = OneItemJson().Replace("\"prompt\":", "\"promt\": \"x\", \"prompt\":", StringComparison.Ordinal);

        Assert.Equal($"item '{WhoSaid.Id}': field 'promt': is not a known field", ReadFails(json).Message);
    }

    [Fact]
    public void Read_EditedExcerpt_Fails()
    {
        var json = OneItemJson().Replace("\"excerpt\": \"Kami optimistis", "\"excerpt\": \"Kita optimistis", StringComparison.Ordinal);

        Assert.StartsWith($"item '{WhoSaid.Id}': field 'evidence': the excerpt differs from the article text", ReadFails(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_GivesTheLine()
    {
        var json = OneItemJson();
        var broken = json.Replace("\"answer\":", "\"answer\" ", StringComparison.Ordinal);

        var error = ReadFails(broken);

        Assert.StartsWith("not valid JSON:", error.Message, StringComparison.Ordinal);
        Assert.Equal(broken.Split('\n').ToList().FindIndex(l => l.Contains("\"answer\"", StringComparison.Ordinal)) + 1, error.Line);
    }

    [Fact]
    public void Read_WrongSchema_Fails()
    {
        var error = ReadFails(OneItemJson().Replace("studykit.bank/1", "studykit.bank/9", StringComparison.Ordinal));

        Assert.Equal("schema 'studykit.bank/9' is not supported (expected 'studykit.bank/1')", error.Message);
    }

    [Fact]
    public void Read_YamlTag_IsRejectedWithoutInstantiating()
    {
        var yaml = Encoding.UTF8.GetString(BankFile.Write(ExportFixture.Bank([WhoSaid]), DataFormat.Yaml));
        var tagged = yaml.Replace("schema: studykit.bank/1", "schema: !!python/object:os.system studykit.bank/1", StringComparison.Ordinal);

        var error = ReadFails(tagged, "bank.yaml");

        Assert.Equal("YAML tags are not allowed ('tag:yaml.org,2002:python/object:os.system'); the file may hold data only", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_YamlAnchor_IsRejected()
    {
        var yaml = Encoding.UTF8.GetString(BankFile.Write(ExportFixture.Bank([WhoSaid]), DataFormat.Yaml));
        var anchored = yaml.Replace("\nlanguage: id\n", "\nlanguage: &a id\nx: *a\n", StringComparison.Ordinal);

        Assert.Equal("YAML anchors and aliases are not allowed ('&a')", ReadFails(anchored, "bank.yaml").Message);
    }

    [Fact]
    public void Read_MalformedYaml_GivesTheLine()
    {
        var error = ReadFails("schema: studykit.bank/1\nitems: [\n  - a: b\n", "bank.yaml");

        Assert.StartsWith("not valid YAML:", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Read_YamlNoCorrectChoice_GivesYamlLine()
    {
        var yaml = Encoding.UTF8.GetString(BankFile.Write(ExportFixture.Bank([WhoSaid]), DataFormat.Yaml));
        var edited = yaml.Replace("correct: true", "correct: false", StringComparison.Ordinal);

        var error = ReadFails(edited, "bank.yml");

        Assert.Equal($"item '{WhoSaid.Id}': field 'choices': exactly one choice must be correct", error.Message);
        Assert.Equal(edited.Split('\n').ToList().FindIndex(l => l.Contains("choices:", StringComparison.Ordinal)) + 1, error.Line);
    }

    [Fact]
    public void Read_EmptyFile_Fails()
    {
        Assert.Equal("the file is empty", ReadFails("", "bank.json").Message);
        Assert.Equal("the file is empty", ReadFails("", "bank.yaml").Message);
    }

    [Fact]
    public void Read_YamlDuplicateKey_Fails()
    {
        var error = ReadFails("schema: studykit.bank/1\nlanguage: id\nlanguage: en\n", "bank.yaml");

        Assert.Contains("language", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Read_JsonDuplicateKey_Fails()
    {
        var error = ReadFails("{\n  \"schema\": \"studykit.bank/1\",\n  \"schema\": \"x\"\n}\n");

        Assert.Equal("field 'schema' appears twice", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Read_JsonWithInvalidUtf8_FailsAsInput()
    {
        byte[] bytes = [.. "{\"schema\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        var error = Assert.Throws<StudyKitInputException>(() => BankFile.Read(bytes, "bank.json"));

        Assert.StartsWith("not valid JSON:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlMessage_IsOneLine()
    {
        var error = ReadFails("schema: [unclosed\n", "bank.yaml");

        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(-1, 5, "must be [start, end] with 0 <= start < end")]
    [InlineData(5, 5, "must be [start, end] with 0 <= start < end")]
    [InlineData(0, 100000, "the span lies outside the article text")]
    [InlineData(-2, 0, "the span starts between two paragraphs")]
    public void Read_BadSpan_FailsAsInput(int start, int end, string problem)
    {
        // -2 stands for "starts on the blank line between paragraphs 1 and 2".
        var gap = ExportFixture.Kontan.Paragraphs[0].Span.End;
        var (s, e) = start == -2 ? (gap, gap + 3) : (start, end);
        var json = Mutate(OneItemJson(), root =>
        {
            var evidence = root["items"]![0]!["evidence"]![0]!.AsObject();
            evidence["span"] = new System.Text.Json.Nodes.JsonArray(s, e);
            evidence.Remove("excerpt");
        });

        Assert.Contains(problem, ReadFails(json).Message, StringComparison.Ordinal);
    }
}
