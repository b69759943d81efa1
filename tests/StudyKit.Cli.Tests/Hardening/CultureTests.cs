using System.Globalization;

namespace StudyKit.Cli.Tests.Hardening;

/// <summary>Issue 6: the same inputs and seed give the same bytes whatever the ambient culture (Indonesian
/// writes "11.000", Turkish upper-cases i to İ, invariant has no month names of its own).</summary>
public sealed class CultureTests
{
    [Fact]
    public void Generate_UnderFourCultures_GivesTheSameBytes()
    {
        using var cli = new CliHarness();
        var results = new Dictionary<string, Dictionary<string, byte[]>>(StringComparer.Ordinal);
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var name in new[] { "id-ID", "tr-TR", "en-US", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                var output = cli.PathOf("out-" + (name.Length == 0 ? "invariant" : name));
                Expect.Ok(cli.Run("generate", CliHarness.Seeds, "--out", output, "--seed", "11", "--variants", "2"));
                var bank = cli.PathOf($"bank-{name}.yaml");
                Expect.Ok(cli.Run("items", CliHarness.Seeds, "--format", "yaml", "--out", bank));
                var findings = cli.PathOf($"findings-{name}.json");
                Expect.Ok(cli.Run("extract", CliHarness.Seeds, "--out", findings));
                var files = CliHarness.Snapshot(output);
                files["bank.yaml"] = File.ReadAllBytes(bank);
                files["findings.json"] = File.ReadAllBytes(findings);
                files["inspect.txt"] = System.Text.Encoding.UTF8.GetBytes(cli.Run("inspect", CliHarness.Seeds).Out);
                results[name.Length == 0 ? "invariant" : name] = files;
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        var reference = results["invariant"];
        Assert.Contains(reference.Keys, k => k.EndsWith(".pdf", StringComparison.Ordinal));
        foreach (var (name, files) in results)
        {
            Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
            Assert.All(reference, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(files[kv.Key]), $"{kv.Key} differs under {name}"));
        }
    }
}
