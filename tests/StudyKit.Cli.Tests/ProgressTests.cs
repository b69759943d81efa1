namespace StudyKit.Cli.Tests;

/// <summary>The progress line (only on a terminal), --quiet and --verbose.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void Generate_ErrorRedirected_PrintsNoProgress()
    {
        using var cli = new CliHarness();
        var result = cli.Run("generate", CliHarness.Seeds, "--out", cli.PathOf("out"), "--format", "csv");

        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void Generate_ErrorIsTerminal_ShowsStagesOnOneLine_AndErasesIt()
    {
        using var cli = new CliHarness();
        var result = cli.RunInTerminal("generate", CliHarness.Seeds, "--out", cli.PathOf("out"), "--format", "csv,json");

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain('\n', result.Err);
        Assert.Contains("\rstudykit: [1/8] reading articles…", result.Err, StringComparison.Ordinal);
        Assert.Contains("[6/8] rendering csv", result.Err, StringComparison.Ordinal);
        Assert.Contains("[8/8] writing 3 files", result.Err, StringComparison.Ordinal);
        Assert.Matches(@"\r +\r$", result.Err);
        Assert.DoesNotContain("studykit:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Quiet_PrintsNothingButWritesTheFiles()
    {
        using var cli = new CliHarness();
        var result = cli.RunInTerminal("generate", CliHarness.Seeds, "--out", cli.PathOf("out"), "--format", "csv", "--quiet");

        Assert.Equal((0, "", ""), result);
        Assert.True(File.Exists(cli.PathOf("out/answer-key.csv")));
    }

    [Fact]
    public void Generate_QuietWithBadInput_StillPrintsTheError()
    {
        using var cli = new CliHarness();
        var missing = cli.PathOf("nowhere");
        var result = cli.RunInTerminal("generate", missing, "--out", cli.PathOf("out"), "-q");

        Assert.Equal(1, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal($"studykit: error: {missing}: no such file or folder", result.Err.TrimEnd());
    }

    [Fact]
    public void Generate_ErrorOnATerminal_ErasesTheProgressLineFirst()
    {
        using var cli = new CliHarness();
        var roster = cli.Write("roster.csv", "name\nAni\nAni\n");
        var result = cli.RunInTerminal("generate", CliHarness.Seeds, "--out", cli.PathOf("out"), "--roster", roster);

        Assert.Equal(1, result.Exit);
        var lastLine = result.Err.TrimEnd('\n').Split('\n')[^1].Split('\r')[^1];
        Assert.StartsWith("studykit: error: " + roster, lastLine, StringComparison.Ordinal);
        Assert.Matches(@"\r +\rstudykit: error: ", result.Err);
    }

    [Fact]
    public void Generate_Verbose_TimesEveryStage_OnStandardError()
    {
        using var cli = new CliHarness();
        var result = cli.Run("generate", CliHarness.Seeds, "--out", cli.PathOf("out"), "--format", "csv", "--verbose");

        Assert.Equal(0, result.Exit);
        var lines = result.Err.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Matches(@"^studykit: reading articles \(\d+\.\d\d s\)$", lines[0]);
        Assert.Equal("studykit:   5 articles from " + CliHarness.Seeds, lines[1]);
        Assert.Contains(lines, l => l.StartsWith("studykit: rendering csv (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("studykit:   ", StringComparison.Ordinal) && l.Contains("candidates rejected", StringComparison.Ordinal));
        Assert.Matches(@"^studykit: done in \d+\.\d\d s$", lines[^1]);
        Assert.Contains("wrote ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_QuietToStandardOutput_StillPrintsTheBank()
    {
        using var cli = new CliHarness();
        var result = cli.Run("items", CliHarness.Seeds, "--format", "json", "--quiet");

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("{", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_ToAFile_SaysWhatItWrote_UnlessQuiet()
    {
        using var cli = new CliHarness();
        var bank = cli.PathOf("bank.yaml");

        Assert.StartsWith("wrote " + bank, cli.Run("items", CliHarness.Seeds, "--out", bank).Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Run("items", CliHarness.Seeds, "--out", bank, "-q").Out);
    }
}
