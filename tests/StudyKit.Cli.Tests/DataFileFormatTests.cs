using System.Text.Json;

namespace StudyKit.Cli.Tests;

public sealed class DataFileFormatTests
{
    [Theory]
    [InlineData("items", "bank.json", '{')]
    [InlineData("items", "bank.yaml", 's')]
    [InlineData("items", "bank.yml", 's')]
    [InlineData("extract", "findings.json", '{')]
    [InlineData("extract", "findings.yaml", 's')]
    public void Out_WithoutFormat_FollowsTheExtension(string command, string file, char first)
    {
        using var cli = new CliHarness();
        var result = cli.Run(command, CliHarness.Seeds, "--out", cli.PathOf(file));

        Assert.Equal(0, result.Exit);
        var text = File.ReadAllText(cli.PathOf(file)).TrimStart('\uFEFF');
        Assert.Equal(first, text[0]);
        if (first == '{')
        {
            using var parsed = JsonDocument.Parse(text);
            Assert.StartsWith("studykit.", parsed.RootElement.GetProperty("schema").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Out_ExplicitFormat_WinsOverTheExtension()
    {
        using var cli = new CliHarness();
        var result = cli.Run("items", CliHarness.Seeds, "--format", "yaml", "--out", cli.PathOf("bank.json"));

        Assert.Equal(0, result.Exit);
        Assert.NotEqual('{', File.ReadAllText(cli.PathOf("bank.json"))[0]);
    }
}
