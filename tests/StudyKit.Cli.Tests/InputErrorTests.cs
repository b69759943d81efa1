namespace StudyKit.Cli.Tests;

/// <summary>Bad input gets one line naming the file and the problem, exit 1, no stack trace.</summary>
public sealed class InputErrorTests
{
    [Fact]
    public void Extract_MissingPath_NamesIt()
    {
        using var cli = new CliHarness();
        var missing = cli.PathOf("nowhere");
        Expect.OneLineError(cli.Run("extract", missing), missing, "no such file or folder");
    }

    [Fact]
    public void Extract_EmptyFolder_NamesIt()
    {
        using var cli = new CliHarness();
        var folder = cli.PathOf("empty");
        Directory.CreateDirectory(folder);
        Expect.OneLineError(cli.Run("extract", folder), folder, "no .txt or .md articles");
    }

    [Fact]
    public void Extract_EmptyFile_NamesIt()
    {
        using var cli = new CliHarness();
        var file = cli.Write("a.txt", "");
        Expect.OneLineError(cli.Run("extract", file), file, "the file is empty");
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "a PDF document")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "a PNG image")]
    public void Extract_BinaryRenamedToTxt_SaysWhatItIs(byte[] bytes, string kind)
    {
        using var cli = new CliHarness();
        var file = cli.Write("article.txt", bytes);
        Expect.OneLineError(cli.Run("extract", file), file, kind);
    }

    [Fact]
    public void Extract_InvalidUtf8_NamesTheByte()
    {
        using var cli = new CliHarness();
        var file = cli.Write("bad.txt", [0x4B, 0x61, 0x74, 0x61, 0x20, 0xC3, 0x28, 0x0A]);
        Expect.OneLineError(cli.Run("extract", file), file, "not valid UTF-8 (at byte 5)");
    }

    [Fact]
    public void Extract_FileOverSizeLimit_SaysHowToRaiseIt()
    {
        using var cli = new CliHarness();
        var file = cli.Write("big.txt", new string('a', 1_200_000));
        Expect.OneLineError(cli.Run("extract", file, "--max-size", "1"), file, "raise it with --max-size");
    }

    [Fact]
    public void Generate_OutputIsAFile_NamesIt()
    {
        using var cli = new CliHarness();
        var file = cli.Write("out", "not a folder");
        Expect.OneLineError(cli.Run("generate", CliHarness.Seeds, "--out", file, "--format", "csv"), file, "is a file, not a folder");
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void Generate_BadRoster_LeavesPreviousOutputUntouched()
    {
        using var cli = new CliHarness();
        var output = cli.PathOf("output");
        var roster = cli.PathOf("roster.csv");

        Expect.ErrorLeavesOutputUntouched(cli, output,
            first: ["generate", CliHarness.Seeds, "--out", output, "--format", "csv,json"],
            breakInput: () => cli.Write("roster.csv", "name\nAni\nAni\n"),
            rerun: ["generate", CliHarness.Seeds, "--out", output, "--roster", roster, "--seed", "9"],
            problem: "appears twice");
    }

    [Theory]
    [InlineData("--roster")]
    [InlineData("--font")]
    public void Generate_MissingRosterOrFont_NamesIt(string option)
    {
        using var cli = new CliHarness();
        var missing = cli.PathOf("missing.file");
        Expect.OneLineError(cli.Run("generate", CliHarness.Seeds, "--out", cli.PathOf("out"), option, missing), missing, "no such file");
        Assert.False(Directory.Exists(cli.PathOf("out")));
    }

    [Theory]
    [InlineData("generate", "--variants", "zero")]
    [InlineData("generate", "--paper", "a3")]
    [InlineData("generate", "--format", "pdf,docx")]
    [InlineData("extract", "--format", "xml")]
    [InlineData("generate", "--variants", "2", "--roster", "class.csv")]
    [InlineData("build")]
    [InlineData("frobnicate")]
    public void BadUsage_ExitsTwo_WithUsageHint(params string[] args)
    {
        using var cli = new CliHarness();
        var result = cli.Run(args);

        Assert.Equal(2, result.Exit);
        Assert.Contains("studykit --help", result.Err, StringComparison.Ordinal);
    }
}
