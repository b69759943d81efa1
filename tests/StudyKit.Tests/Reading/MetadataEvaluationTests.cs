using StudyKit.Reading;
using StudyKit.Tests.Devset;

namespace StudyKit.Tests.Reading;

/// <summary>Metadata accuracy against the devset's gold.json (seeds included), and no invented values.</summary>
public sealed class MetadataEvaluationTests
{
    [Fact]
    public void Devset_Metadata_MeetsTargetsAndInventsNothing()
    {
        var devset = SharedFolder.DevsetOrSkip();
        var gold = Gold.Files(devset);
        var shared = Path.GetDirectoryName(devset)!;
        var documents = gold.Select(g => new SourceDocument(g.File, File.ReadAllText(Path.Combine(shared, g.Path)))).ToList();
        var articles = new CorpusReader().Read(documents).Articles.ToDictionary(a => a.File, StringComparer.Ordinal);

        var fields = new Dictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var invented = new List<string>();
        void Count(string field, bool right) =>
            fields[field] = fields.TryGetValue(field, out var c) ? (c.Right + (right ? 1 : 0), c.Total + 1) : (right ? 1 : 0, 1);
        void Check(string file, string field, string? want, string? got)
        {
            Count(field, want == got);
            if (want is null && got is not null)
            {
                invented.Add($"{file} {field}={got}");
            }
        }
        foreach (var g in gold)
        {
            var a = articles[g.File];
            Check(g.File, "title", g.Title, a.Title);
            Check(g.File, "outlet", g.Outlet, a.Outlet);
            var date = g.Date is { Length: 10 } ? a.Published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : a.Published?.ToString();
            Check(g.File, "date", g.Date, date);
            Check(g.File, "wire", string.Join(",", g.Wire.Order(StringComparer.Ordinal)) is { Length: > 0 } w ? w : null, a.Wire.IsEmpty ? null : string.Join(",", a.Wire));
            Check(g.File, "language", g.Language, a.Language == ArticleLanguage.En ? "en" : "id");
            if (g.Authors is not null)
            {
                Check(g.File, "authors", g.Authors.Count > 0 ? string.Join(",", g.Authors) : null, a.Authors.IsEmpty ? null : string.Join(",", a.Authors));
            }
            if (g.Editor is not null || a.Editor is not null)
            {
                Check(g.File, "editor", g.Editor, a.Editor);
            }
            if (g.Dateline is not null || a.Dateline is not null)
            {
                Check(g.File, "dateline", g.Dateline, a.Dateline);
            }
        }

        var report = string.Join(Environment.NewLine, fields.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}: {f.Value.Right}/{f.Value.Total}").Append("invented: " + string.Join("; ", invented)));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "reading-metadata-evaluation.txt"), report);
        Assert.True(Accuracy(fields["outlet"]) >= 0.95, report);
        Assert.True(Accuracy(fields["date"]) >= 0.95, report);
        Assert.True(Accuracy(fields["wire"]) >= 0.90, report);
        Assert.True(Accuracy(fields["authors"]) >= 0.90, report);
        Assert.True(Accuracy(fields["title"]) >= 0.95, report);
        Assert.True(Accuracy(fields["language"]) == 1.0, report);
        Assert.True(invented.Count == 0, report);
    }

    private static double Accuracy((int Right, int Total) count) => (double)count.Right / count.Total;
}
