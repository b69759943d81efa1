namespace StudyKit.Cli.Tests;

public sealed class InspectTests
{
    [Fact]
    public void Inspect_Seeds_NamesTheRewriteAndTheSharedWireWithoutCallingItCopying()
    {
        using var cli = new CliHarness();
        var result = cli.Run("inspect", CliHarness.Seeds);

        Assert.Equal(0, result.Exit);
        var reuse = result.Out.Split('\n').SkipWhile(l => !l.StartsWith("Reuse between articles", StringComparison.Ordinal))
            .Skip(2).TakeWhile(l => l.Length > 0).ToList();
        Assert.Contains(reuse, l => l.Contains("B (Tampang) rewrites A", StringComparison.Ordinal));
        Assert.Single(reuse, l => l.Contains("rewrites", StringComparison.Ordinal) || l.Contains("copies", StringComparison.Ordinal));
        Assert.Contains(reuse, l => l.Contains("both tell the Reuters story", StringComparison.Ordinal));
        Assert.All(reuse.Where(l => l.Contains("Reuters", StringComparison.Ordinal)),
            l => Assert.Contains("both tell the Reuters story", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_Seeds_ListsEveryArticleAndTheQuotedPeople()
    {
        using var cli = new CliHarness();
        var result = cli.Run("inspect", CliHarness.Seeds);

        Assert.Equal(0, result.Exit);
        foreach (var file in Directory.GetFiles(CliHarness.Seeds, "*.txt"))
        {
            Assert.Contains(Path.GetFileName(file), result.Out, StringComparison.Ordinal);
        }
        Assert.Contains("Kim Jong Un", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Jack Kim", result.Out, StringComparison.Ordinal);
    }
}
