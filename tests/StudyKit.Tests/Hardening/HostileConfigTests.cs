using System.Text;
using StudyKit.Export;
using StudyKit.Packing;
using StudyKit.Reading;
using StudyKit.Tests.Export;

namespace StudyKit.Tests.Hardening;

/// <summary>Issue 6, bad input in the files a teacher edits: <c>sources.yaml</c>, the bank, the roster.
/// Each gives one line naming the file (never a crash, never a type built from the input).</summary>
public sealed class HostileConfigTests
{
    private static StudyKitInputException BankFails(string text, string path) =>
        Assert.Throws<StudyKitInputException>(() => BankFile.Read(Encoding.UTF8.GetBytes(text), path));

    private static void AssertOneLine(StudyKitInputException error, string path)
    {
        Assert.Equal(path, error.SourcePath);
        Assert.DoesNotContain('\n', error.OneLine);
        Assert.DoesNotContain('\r', error.OneLine);
    }

    /// <summary>Regression: 100,000 nested brackets overflowed the stack inside YamlDotNet and killed the process.</summary>
    [Theory]
    [InlineData("flow", 2)]
    [InlineData("dash", 3)]
    [InlineData("map", 2)]
    public void BankRead_YamlNestedTooDeep_FailsAsInputInsteadOfOverflowingTheStack(string shape, int line)
    {
        var yaml = "schema: studykit.bank/1\nitems: " + Nested(shape, 100_000);

        var error = BankFails(yaml, "bank.yaml");

        Assert.Equal("lists or mappings nest more than 64 levels deep", error.Message);
        Assert.Equal(line, error.Line);
        AssertOneLine(error, "bank.yaml");
    }

    [Fact]
    public void SourcesParse_YamlNestedTooDeep_FailsAsInputInsteadOfOverflowingTheStack()
    {
        var error = Assert.Throws<StudyKitInputException>(() => SourcesFile.Parse("sources.yaml", "a.txt:\n  authors: " + Nested("flow", 100_000)));

        Assert.Equal("sources.yaml nests lists or mappings more than 64 levels deep", error.Message);
        AssertOneLine(error, "sources.yaml");
    }

    [Fact]
    public void BankRead_JsonNestedTooDeep_FailsAsInput()
    {
        var error = BankFails("{\"schema\": \"studykit.bank/1\", \"items\": " + new string('[', 100_000) + new string(']', 100_000) + "}", "bank.json");

        Assert.StartsWith("not valid JSON:", error.Message, StringComparison.Ordinal);
        AssertOneLine(error, "bank.json");
    }

    [Fact]
    public void SourcesParse_BillionLaughs_FailsWithoutExpanding()
    {
        var yaml = """
            a.txt:
              authors: &a [x, x, x, x, x, x, x, x, x, x]
              wire: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
              title: *b
            """;

        var error = Assert.Throws<StudyKitInputException>(() => SourcesFile.Parse("sources.yaml", yaml));

        AssertOneLine(error, "sources.yaml");
        Assert.Contains("anchors and aliases are not allowed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!binary aGVsbG8=")]
    [InlineData("!<tag:yaml.org,2002:js/function> 'function(){}'")]
    [InlineData("!System.Diagnostics.Process {}")]
    public void BankRead_YamlTagAnywhere_IsRefused(string tagged)
    {
        var error = BankFails($"schema: studykit.bank/1\nlanguage: id\nitems:\n  - id: x\n    prompt: {tagged}\n", "bank.yaml");

        Assert.Contains("YAML tags are not allowed", error.Message, StringComparison.Ordinal);
        AssertOneLine(error, "bank.yaml");
    }

    [Theory]
    [InlineData("[1, 2, 3]", "must be a mapping of fields")]
    [InlineData("\"just text\"", "must be a mapping of fields")]
    [InlineData("{\"schema\": 1}", "schema '1' is not supported")]
    [InlineData("{\"schema\": \"studykit.bank/1\", \"language\": \"id\", \"items\": {\"a\": 1}}", "field 'items': must be a list")]
    [InlineData("{\"schema\": \"studykit.bank/1\", \"language\": \"id\", \"items\": [42]}", "item 1: field 'items': must be a mapping of fields")]
    [InlineData("{\"schema\": \"studykit.bank/1\", \"language\": \"id\", \"items\": [], \"extra\": true}", "field 'extra': is not a known field")]
    [InlineData("{\"schema\": \"studykit.bank/1\", \"language\": 7, \"items\": []}", "unknown language '7'")]
    [InlineData("{\"schema\": \"studykit.bank/1\", \"language\": \"id\", \"articles\": [{\"id\": \"a\"}]}", "article 'a': field ")]
    [InlineData("{\"schema\": \"studykit.bank/1\", \"language\": \"id\", \"items\": [{\"id\": \"has space\"}]}", "must be one word without spaces")]
    [InlineData("{\"schema\": \"studykit.bank/1\"", "not valid JSON")]
    [InlineData("\u0000\u0001\u0002", "must be a mapping of fields")]
    public void BankRead_WrongShapes_FailAsInput(string text, string problem)
    {
        var error = BankFails(text, "bank.json");

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        AssertOneLine(error, "bank.json");
    }

    [Theory]
    [InlineData("bank.json")]
    [InlineData("bank.yaml")]
    public void BankRead_LoneSurrogateEscape_FailsAsInputOrReads(string path)
    {
        var bank = Encoding.UTF8.GetString(BankFile.Write(ExportFixture.Bank([ExportFixture.ItemOf(StudyKit.Items.ItemKind.WhoSaid)]),
            path.EndsWith(".json", StringComparison.Ordinal) ? DataFormat.Json : DataFormat.Yaml));
        // A JSON or YAML escape can spell half a surrogate pair, which no UTF-8 decoder would let through.
        var edited = System.Text.RegularExpressions.Regex.Replace(bank, "(\"?prompt\"?: )(.*)", "$1\"\\uD83D lone\"" + (path.EndsWith(".json", StringComparison.Ordinal) ? "," : ""));
        Assert.NotEqual(bank, edited);

        try
        {
            var read = BankFile.Read(Encoding.UTF8.GetBytes(edited), path);
            Assert.NotEmpty(read.Items);
        }
        catch (StudyKitInputException e)
        {
            AssertOneLine(e, path);
        }
    }

    [Theory]
    [InlineData("name\n\"Ani,X\nBudi\nCitra\n", "a student name holds a line break or control character (is a quote left open?)")]
    [InlineData("name\nAni\tBudi\n", "a student name holds a line break or control character (is a quote left open?)")]
    [InlineData("name\n   \n\"\"\n", "the roster has a header but no students")]
    public void RosterParse_HostileNames_FailOnOneLine(string text, string message)
    {
        var error = Assert.Throws<StudyKitInputException>(() => RosterReader.Parse("roster.csv", text));

        Assert.Equal(message, error.Message);
        AssertOneLine(error, "roster.csv");
    }

    [Fact]
    public void RosterParse_BlankRowsAndEmptyQuotedRows_AreSkipped()
    {
        var students = RosterReader.Parse("roster.csv", "name\n\n\"\"\n  \nAni\n\r\n");

        Assert.Equal(["Ani"], students.Select(s => s.Name));
    }

    [Fact]
    public void RosterParse_VeryLongName_FailsNamingTheLimit()
    {
        var error = Assert.Throws<StudyKitInputException>(() => RosterReader.Parse("roster.csv", "name\n" + new string('A', 5000) + "\n"));

        Assert.Equal("a student name is longer than 200 characters", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void RosterParse_PathLikeAndEmojiNames_AreKeptAsWritten()
    {
        var students = RosterReader.Parse("roster.csv", "name\n../x\ncon\na/b\n\U0001F600 Ani\nC:\\Windows\n");

        Assert.Equal(["../x", "con", "a/b", "\U0001F600 Ani", "C:\\Windows"], students.Select(s => s.Name));
    }

    private static string Nested(string shape, int depth) => shape switch
    {
        "flow" => new string('[', depth) + new string(']', depth) + "\n",
        "dash" => "\n  " + string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
        _ => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n",
    };
}
