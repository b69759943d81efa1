namespace StudyKit.Cli.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands => ["generate", "build", "items", "extract", "inspect"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_HasExamples(string command)
    {
        using var cli = new CliHarness();
        var result = cli.Run(command, "--help");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
        Assert.Contains("studykit " + command, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        using var cli = new CliHarness();
        var result = cli.Run("--version");

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }
}
