using StudyKit.Testing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyKit.Cli.Tests;

/// <summary>Help, version and tab completion: what a teacher sees before running anything.</summary>
public sealed partial class HelpTests
{
    public static TheoryData<string> Commands => ["generate", "build", "items", "extract", "inspect"];

    public static TheoryData<string> RootAndCommands => ["", "generate", "build", "items", "extract", "inspect"];

    private static string Help(string command)
    {
        using var cli = new CliHarness();
        var result = command.Length == 0 ? cli.Run("--help") : cli.Run(command, "--help");
        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Err);
        // The wrapper leaves a space where it breaks a line; editors strip it, so the approved text has none.
        return string.Join("\n", result.Out.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()));
    }

    [Theory]
    [MemberData(nameof(RootAndCommands))]
    public void Help_RootAndEveryCommand_MatchesApprovedText(string command) =>
        ApprovalFile.Verify(Help(command), command.Length == 0 ? "help-root" : "help-" + command, subfolder: "Approved");

    [Theory]
    [MemberData(nameof(RootAndCommands))]
    public void Help_RootAndEveryCommand_HasExamplesThatFitAnEightyColumnTerminal(string command)
    {
        var help = Help(command);

        var examples = help[help.IndexOf("\nExamples:\n", StringComparison.Ordinal)..];
        Assert.Contains("  studykit " + command, examples, StringComparison.Ordinal);
        Assert.All(help.Split('\n'), line => Assert.True(new StringInfo(line).LengthInTextElements <= 80, $"longer than 80 columns: '{line}'"));
    }

    [Fact]
    public void Help_SubcommandWithABadValue_StillShowsHelp()
    {
        using var cli = new CliHarness();
        var result = cli.Run("generate", "--paper", "a3", "--help");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersionWithoutACommitHash()
    {
        using var cli = new CliHarness();
        var result = cli.Run("--version");

        Assert.Equal(0, result.Exit);
        Assert.Matches(VersionLine(), result.Out);
    }

    [Theory]
    [InlineData("generate --paper ", "a4\nletter")]
    [InlineData("build bank.yaml --lang ", "en\nid")]
    [InlineData("items --format ", "json\nyaml")]
    [InlineData("generate --format pdf,mo", "pdf,moodle")]
    [InlineData("generate --format pdf,json,", "pdf,json,anki\npdf,json,csv\npdf,json,gift\npdf,json,moodle\npdf,json,quizlet")]
    [InlineData("ins", "inspect")]
    public void Suggest_OptionValues_AreCompleted(string typed, string expected)
    {
        using var cli = new CliHarness();
        // dotnet-suggest calls the tool as: studykit [suggest:CURSOR] "LINE WITHOUT THE TOOL NAME"
        var result = cli.Run($"[suggest:{typed.Length.ToString(CultureInfo.InvariantCulture)}]", typed);

        Assert.Equal(0, result.Exit);
        Assert.Equal(expected, result.Out.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\r?\n$")]
    private static partial Regex VersionLine();
}
