using System.Text.Json;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;
using StudyKit.Tests.Devset;
using StudyKit.Tests.TestData;

namespace StudyKit.Tests.Items;

/// <summary>
/// The bank made from real articles through the whole pipeline: the five seeds, and each devset cluster
/// scaled to its size. These need real extraction; where it gives no quotes they skip and say so.
/// </summary>
public sealed class SeedBankTests
{
    private const int ItemsPerArticle = 8;
    private const int ItemsPerArticleMinimum = 3;

    [Fact]
    public void Seeds_Bank_HasFortyItemsOfSevenKindsCoveringEveryArticleAndSpeaker() =>
        AssertCoverage(Seeds.Corpus(), minimumItems: 40, minimumKinds: 7);

    [Fact]
    public void Seeds_Bank_PrintsForATeacherToRead()
    {
        var findings = new FindingsExtractor().Extract(Seeds.Corpus());
        Assert.NotEmpty(findings.Quotes);
        var bank = new ItemBankGenerator().Generate(findings);

        var text = BankPrinter.Print(bank);
        TestContext.Current.TestOutputHelper?.WriteLine(text);

        Assert.All(bank.Items, i => Assert.Contains(i.Id.Value, text, StringComparison.Ordinal));
    }

    public static TheoryData<string> Clusters()
    {
        var data = new TheoryData<string>();
        var gold = GoldFile();
        if (gold is null)
        {
            data.Add("(no devset)");
            return data;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(gold));
        foreach (var cluster in document.RootElement.GetProperty("clusters").EnumerateArray())
        {
            data.Add(cluster.GetProperty("id").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Clusters))]
    public void DevsetCluster_Bank_ScalesWithTheClusterSize(string cluster)
    {
        var devset = SharedFolder.DevsetOrSkip();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(devset, "gold.json")));
        var files = document.RootElement.GetProperty("clusters").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == cluster)
            .GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        var documents = files.Select(f => Locate(devset, f)).Select(p => new SourceDocument(Path.GetFileName(p), File.ReadAllText(p))).ToList();
        var corpus = new CorpusReader().Read(documents);

        AssertCoverage(corpus, minimumItems: ItemsPerArticle * files.Count, minimumKinds: Math.Min(7, files.Count + 3));
    }

    private static void AssertCoverage(Corpus corpus, int minimumItems, int minimumKinds)
    {
        var findings = new FindingsExtractor().Extract(corpus);
        Assert.NotEmpty(findings.Quotes);
        var bank = new ItemBankGenerator().Generate(findings);
        var itemKinds = bank.Items.Select(i => i.Kind).Distinct().ToList();

        Assert.True(bank.Items.Length >= minimumItems, $"{bank.Items.Length} items; at least {minimumItems} expected.");
        Assert.True(itemKinds.Count >= minimumKinds, $"{itemKinds.Count} kinds ({string.Join(", ", itemKinds)}); at least {minimumKinds} expected.");
        foreach (var article in corpus.Articles)
        {
            var used = bank.Items.Count(i => i.Tags.Contains(article.Id.Value));
            Assert.True(used >= ItemsPerArticleMinimum, $"Article {article.Label} ({article.Id}) is used by {used} item(s).");
        }
        // Speakers whose extracted name is a fragment ("Mengutip enam pejabat senior AS, jaringan berita AS") are
        // rejected on purpose (NameShapeGate); every speaker with a real name must be asked about.
        var kinds = findings.Entities.ToDictionary(e => e.Id, e => e.Kind);
        var speakers = findings.Quotes.Select(q => q.Speaker).Concat(findings.Claims.Select(c => c.Speaker)).OfType<Speaker>()
            .Where(s => NameShape.Plausible(s.Name, kinds.GetValueOrDefault(s.Entity, EntityKind.Person)))
            .Select(s => s.Entity.Value).Distinct();
        Assert.All(speakers, s => Assert.True(bank.Items.Any(i => i.Tags.Contains(s)), $"Speaker {s} is in no item."));
    }

    private static string Locate(string devset, string file)
    {
        var inDevset = Path.Combine(devset, "articles", file);
        return File.Exists(inDevset) ? inDevset : Path.Combine(Path.GetDirectoryName(devset)!, "seeds", file);
    }

    private static string? GoldFile() =>
        SharedFolder.Path is { } shared ? Path.Combine(shared, "devset", "gold.json") : null;
}
