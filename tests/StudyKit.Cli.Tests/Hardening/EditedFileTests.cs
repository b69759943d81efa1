namespace StudyKit.Cli.Tests.Hardening;

/// <summary>Issue 6, through the command line: a broken roster, <c>sources.yaml</c> or edited bank gives one
/// line naming the file, exit 1, and leaves the previous output as it was.</summary>
public sealed class EditedFileTests
{
    [Fact]
    public void Generate_RosterWithPathLikeEmojiAndLongNames_EveryPaperStaysInTheOutputFolder()
    {
        using var cli = new CliHarness();
        var names = new[] { "../x", "con", "a/b", "..", "\U0001F600\U0001F600", "Nur \U0001F469\u200D\U0001F393 Aini", "/etc/passwd", new string('W', 200) };
        var roster = cli.Write("roster.csv", "name\n" + string.Join('\n', names.Select(n => n.Contains(',', StringComparison.Ordinal) ? $"\"{n}\"" : n)) + "\n");
        var output = cli.PathOf("out");

        Expect.Ok(cli.Run("generate", CliHarness.Seeds, "--out", output, "--roster", roster, "--format", "pdf,csv"));

        var everything = Directory.GetFileSystemEntries(cli.Root, "*", SearchOption.AllDirectories);
        Assert.All(everything, p => Assert.True(
            p.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || p == output || p == roster,
            $"{p} was written outside the output folder"));
        var worksheets = Directory.GetFiles(output, "worksheet-*.pdf");
        Assert.Equal(names.Length, worksheets.Length);
        Assert.All(worksheets, w => Assert.True(Path.GetFileName(w).Length < 80, w));
        Assert.Contains(worksheets, w => Path.GetFileName(w) == "worksheet-02-student-con.pdf");
    }

    [Fact]
    public void Generate_RosterWithOpenQuote_OneLineErrorAndOutputUntouched()
    {
        using var cli = new CliHarness();
        var output = cli.PathOf("out");
        var roster = cli.PathOf("roster.csv");

        Expect.ErrorLeavesOutputUntouched(cli, output,
            first: ["generate", CliHarness.Seeds, "--out", output, "--format", "csv"],
            breakInput: () => cli.Write("roster.csv", "name\nAni\n\"Budi\nCitra\n"),
            rerun: ["generate", CliHarness.Seeds, "--out", output, "--roster", roster, "--format", "csv"],
            problem: "line break");
    }

    [Theory]
    [InlineData("a.txt:\n  title: [unclosed\n", "not valid YAML")]
    [InlineData("a.txt:\n  title: !!python/object:os.system x\n", "YAML tags are not allowed")]
    [InlineData("a.txt:\n  authors: 12\n", "must be a list of names")]
    [InlineData("a.txt:\n  penulis: Ani\n", "unknown field 'penulis'")]
    [InlineData("a.txt:\n  title: x\na.txt:\n  title: y\n", "not valid YAML")]
    [InlineData("../../etc/passwd:\n  title: x\n", "is not a file name")]
    public void Generate_BrokenSourcesYaml_NamesItAndKeepsOutput(string yaml, string problem)
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", Expect.Article(1));
        cli.Write("news/b.txt", Expect.Article(2, "Tempo"));
        var output = cli.PathOf("out");
        string[] generate = ["generate", cli.PathOf("news"), "--out", output, "--format", "csv"];

        Expect.ErrorLeavesOutputUntouched(cli, output, generate, () => cli.Write("news/sources.yaml", yaml), generate, problem);
    }

    [Fact]
    public void Generate_SourcesYamlNestedTooDeep_OneLineError()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", Expect.Article(1));
        var sources = cli.Write("news/sources.yaml", "a.txt:\n  authors: " + new string('[', 200_000) + new string(']', 200_000) + "\n");

        Expect.OneLineError(cli.Run("extract", cli.PathOf("news")), sources, "more than 64 levels deep");
    }

    [Theory]
    [InlineData("\"kind\": \"who-said\"", "\"kind\": \"who-knows\"", "unknown kind 'who-knows'")]
    [InlineData("\"difficulty\": 2", "\"difficulty\": \"hard\"", "field 'difficulty': must be a whole number")]
    [InlineData("\"schema\": \"studykit.bank/1\"", "\"schema\": \"studykit.bank/9\"", "is not supported")]
    [InlineData("\"correct\": true", "\"correct\": \"yes\"", "must be true or false")]
    public void Build_BrokenBank_NamesItAndKeepsOutput(string from, string to, string problem)
    {
        using var cli = new CliHarness();
        var bank = cli.PathOf("bank.json");
        Expect.Ok(cli.Run("items", CliHarness.Seeds, "--format", "json", "--out", bank));
        var output = cli.PathOf("out");
        string[] build = ["build", bank, "--out", output, "--format", "csv,json"];

        Expect.ErrorLeavesOutputUntouched(cli, output, build, BreakBank, build, problem);

        string BreakBank()
        {
            var text = File.ReadAllText(bank);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(bank, ReplaceFirst(text, from, to));
            return bank;
        }
    }

    [Fact]
    public void Build_DuplicateItemIds_NamesTheId()
    {
        using var cli = new CliHarness();
        var bank = cli.PathOf("bank.json");
        Expect.Ok(cli.Run("items", CliHarness.Seeds, "--format", "json", "--out", bank));
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(bank));
        var first = document.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        var second = document.RootElement.GetProperty("items")[1].GetProperty("id").GetString()!;
        File.WriteAllText(bank, File.ReadAllText(bank).Replace($"\"id\": \"{second}\"", $"\"id\": \"{first}\"", StringComparison.Ordinal));

        Expect.OneLineError(cli.Run("build", bank, "--out", cli.PathOf("out")), bank, $"id '{first}' is used by another item");
    }

    [Fact]
    public void Build_YamlBankWithTagAndAnchor_Refused()
    {
        using var cli = new CliHarness();
        var bank = cli.PathOf("bank.yaml");
        Expect.Ok(cli.Run("items", CliHarness.Seeds, "--format", "yaml", "--out", bank));
        var text = File.ReadAllText(bank);

        File.WriteAllText(bank, ReplaceFirst(text, "schema: studykit.bank/1", "schema: !!str studykit.bank/1"));
        Expect.OneLineError(cli.Run("build", bank, "--out", cli.PathOf("out")), bank, "YAML tags are not allowed");

        File.WriteAllText(bank, ReplaceFirst(text, "language: ", "language: &lang "));
        Expect.OneLineError(cli.Run("build", bank, "--out", cli.PathOf("out")), bank, "anchors and aliases are not allowed");
        Assert.False(Directory.Exists(cli.PathOf("out")));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
