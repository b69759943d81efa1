using System.Text.Json.Nodes;
namespace StudyKit.Cli.Tests;

public sealed class GenerateTests
{
    [Fact]
    public void Generate_Seeds_WritesEveryFormatAndSaysSo()
    {
        using var cli = new CliHarness();
        var output = cli.PathOf("output");

        var result = cli.Run("generate", CliHarness.Seeds, "--out", output);

        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Err);
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        foreach (var expected in new[] { "worksheet-variant-A.pdf", "worksheet-variant-C.pdf", "answer-key.pdf", "study-cards.pdf", "class-sheet.pdf", "moodle.xml", "answer-key.csv", "bank.json" })
        {
            Assert.Contains(expected, files);
        }
        Assert.Contains("seed 2024", result.Out, StringComparison.Ordinal);
        Assert.All(files, f => Assert.Contains(f!, result.Out, StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(cli.Root, ".*studykit-staging*"));
    }

    [Fact]
    public void Generate_SameSeed_ByteIdentical_OtherSeed_Differs()
    {
        using var cli = new CliHarness();
        string Run(string folder, string seed)
        {
            Assert.Equal(0, cli.Run("generate", CliHarness.Seeds, "--out", cli.PathOf(folder), "--seed", seed).Exit);
            return folder;
        }

        var first = CliHarness.Snapshot(cli.PathOf(Run("one", "5")));
        var second = CliHarness.Snapshot(cli.PathOf(Run("two", "5")));
        var other = CliHarness.Snapshot(cli.PathOf(Run("three", "6")));

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(second[kv.Key]), kv.Key + " differs between two runs with the same seed"));
        Assert.False(first["answer-key.csv"].AsSpan().SequenceEqual(other["answer-key.csv"]), "another seed should give another order");
    }

    [Fact]
    public void Generate_KeepsFilesItDoesNotWrite()
    {
        using var cli = new CliHarness();
        var keep = cli.Write("output/.gitkeep", "");

        Assert.Equal(0, cli.Run("generate", CliHarness.Seeds, "--out", cli.PathOf("output"), "--format", "csv").Exit);

        Assert.True(File.Exists(keep));
        Assert.True(File.Exists(cli.PathOf("output/answer-key.csv")));
    }

    [Fact]
    public void Generate_Roster_OnePaperPerStudent()
    {
        using var cli = new CliHarness();
        var roster = cli.Write("roster.csv", "nama,kelas\nSiti Nur'aini,XI-2\nI Made Agüs,XI-2\n");

        var result = cli.Run("generate", CliHarness.Seeds, "--out", cli.PathOf("out"), "--roster", roster, "--format", "pdf");

        Assert.Equal(0, result.Exit);
        Assert.True(File.Exists(cli.PathOf("out/worksheet-01-siti-nur-aini.pdf")));
        Assert.True(File.Exists(cli.PathOf("out/worksheet-02-i-made-agus.pdf")));
    }

    [Fact]
    public void ItemsThenBuild_EditedBank_PrintsFromTheEdit()
    {
        using var cli = new CliHarness();
        var bank = cli.PathOf("bank.json");
        Assert.Equal(0, cli.Run("items", CliHarness.Seeds, "--format", "json", "--out", bank).Exit);
        // A teacher rewrites one prompt and deletes another item.
        var json = JsonNode.Parse(File.ReadAllText(bank))!;
        var items = json["items"]!.AsArray();
        var rewritten = items.First(i => i!["kind"]!.GetValue<string>() == "who-said")!;
        rewritten["prompt"] = "Siapa yang mengucapkan kalimat ini? (disunting)";
        var deleted = items.First(i => i!["kind"]!.GetValue<string>() == "fact-cloze")!;
        var deletedId = deleted["id"]!.GetValue<string>();
        items.Remove(deleted);
        File.WriteAllText(bank, json.ToJsonString());

        var result = cli.Run("build", bank, "--out", cli.PathOf("out"), "--format", "csv,json", "--questions", "200");

        Assert.Equal(0, result.Exit);
        var printedBank = File.ReadAllText(cli.PathOf("out/bank.json"));
        Assert.Contains("Siapa yang mengucapkan kalimat ini? (disunting)", printedBank, StringComparison.Ordinal);
        var pack = File.ReadAllText(cli.PathOf("out/pack.json"));
        Assert.Contains(rewritten["id"]!.GetValue<string>(), pack, StringComparison.Ordinal);
        Assert.DoesNotContain(deletedId, printedBank + pack, StringComparison.Ordinal);
        Assert.DoesNotContain(deletedId, File.ReadAllText(cli.PathOf("out/answer-key.csv")), StringComparison.Ordinal);
    }
}
