using StudyKit.Extraction;

namespace StudyKit.Tests.Devset;

/// <summary>Reuse and quote links measured against the devset's gold <c>copies</c> and <c>quote_links</c>.</summary>
public sealed class ReuseDevsetTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Devset_CopyPairs_MatchGoldWithNoFalsePairAndRightDirection(bool goldMetadata)
    {
        var devset = ReuseDevset.Load(goldMetadata);
        var findings = new FindingsExtractor().Extract(devset.Corpus);
        var found = findings.Reuse.Where(r => r.Relation is ReuseRelation.Copy or ReuseRelation.Rewrite)
            .Select(r => (r.Article.Value, r.Source.Value)).ToHashSet();
        var gold = devset.GoldCopies();

        var truePositives = found.Count(gold.Contains);
        var precision = found.Count == 0 ? 1 : (double)truePositives / found.Count;
        var recall = gold.Count == 0 ? 1 : (double)truePositives / gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var report = $"P={precision:0.00} R={recall:0.00} F1={f1:0.00}; found: {string.Join(", ", found.Order())}";

        Assert.True(f1 >= 0.90, report);
        Assert.True(precision >= 1.0, report);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Devset_PressConferenceCluster_IsNeverCopyOrRewrite(bool goldMetadata)
    {
        var devset = ReuseDevset.Load(goldMetadata);
        var findings = new FindingsExtractor().Extract(devset.Corpus);
        string[] cluster = ["id_09", "id_10", "id_11"];

        var copies = findings.Reuse.Where(r => r.Relation is ReuseRelation.Copy or ReuseRelation.Rewrite
            && cluster.Any(c => r.Article.Value.StartsWith(c, StringComparison.Ordinal))
            && cluster.Any(c => r.Source.Value.StartsWith(c, StringComparison.Ordinal))).ToList();

        Assert.Empty(copies);
    }

    [Fact]
    public void Seeds_OnlyRewriteIs001Of000()
    {
        var findings = new FindingsExtractor().Extract(TestData.Seeds.Corpus());

        var copies = findings.Reuse.Where(r => r.Relation is ReuseRelation.Copy or ReuseRelation.Rewrite)
            .Select(r => $"{r.Article.Value[..3]}<{r.Source.Value[..3]}").ToList();

        Assert.Equal(["001<000"], copies);
    }

    [Fact]
    public void Devset_WithGoldWire_ReutersSeedsShareWireButNeverCopy()
    {
        var devset = ReuseDevset.Load(goldMetadata: true);
        var findings = new FindingsExtractor().Extract(devset.Corpus);
        string[] reuters = ["002", "003", "004"];

        var among = findings.Reuse.Where(r => reuters.Contains(r.Article.Value[..3]) && reuters.Contains(r.Source.Value[..3])).ToList();

        Assert.All(among, r => Assert.Equal((ReuseRelation.SharedWire, "Reuters"), (r.Relation, string.Join(',', r.SharedWire))));
    }

    [Fact]
    public void Devset_QuoteLinksFromGoldQuotes_RecallMeetsTargets()
    {
        var devset = ReuseDevset.Load();
        var quotes = devset.GoldQuotes();
        var links = ReuseDetector.Detect(devset.Corpus, [.. quotes.Select(q => q.Quote)]).Links;
        var idOf = quotes.ToDictionary(q => (q.File, q.Index), q => q.Quote.Id);
        var linked = links.SelectMany(l => l.Quotes.SelectMany(a => l.Quotes.Where(b => a.CompareTo(b) < 0).Select(b => (a, b)))).ToHashSet();

        var counts = new Dictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        var goldPairs = new HashSet<(QuoteId, QuoteId)>();
        foreach (var link in devset.Gold.GetProperty("quote_links").EnumerateArray())
        {
            var relation = link.GetProperty("relation").GetString()!;
            var members = link.GetProperty("members").EnumerateArray()
                .Select(m => (m.GetProperty("file").GetString()!, m.GetProperty("quote").GetInt32()))
                .Where(idOf.ContainsKey).Select(k => idOf[k]).Order().ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    goldPairs.Add((members[i], members[j]));
                    var (found, total) = counts.GetValueOrDefault(relation);
                    counts[relation] = (found + (linked.Contains((members[i], members[j])) ? 1 : 0), total + 1);
                }
            }
        }
        var correct = linked.Count(goldPairs.Contains);
        var report = string.Join("; ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value.Found}/{c.Value.Total}"))
            + $"; precision {correct}/{linked.Count}";

        Assert.True(Recall(counts, "identical") >= 0.95, report);
        Assert.True(Recall(counts, "variant") >= 0.60, report);
        Assert.True(linked.Count == 0 || (double)correct / linked.Count >= 0.90, report);
    }

    private static double Recall(Dictionary<string, (int Found, int Total)> counts, string relation) =>
        counts.TryGetValue(relation, out var c) && c.Total > 0 ? (double)c.Found / c.Total : 1;
}
