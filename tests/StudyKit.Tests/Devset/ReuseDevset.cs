using System.Collections.Immutable;
using System.Text.Json;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Devset;

/// <summary>The devset and seed files with the gold annotations reuse is measured against.</summary>
internal sealed class ReuseDevset
{
    private ReuseDevset(Corpus corpus, JsonElement gold)
    {
        Corpus = corpus;
        Gold = gold;
    }

    public Corpus Corpus { get; }

    public JsonElement Gold { get; }

    public static ReuseDevset Load()
    {
        var devset = SharedFolder.DevsetOrSkip();
        var shared = Path.GetDirectoryName(devset)!;
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(devset, "gold.json")));
        var gold = document.RootElement.Clone();
        var sources = gold.GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()!)
            .Select(p => new SourceDocument(Path.GetFileName(p), File.ReadAllText(Path.Combine(shared, p))))
            .ToList();
        return new ReuseDevset(new CorpusReader().Read(sources), gold);
    }

    /// <summary>Gold (article, source) pairs by article id, from each file's <c>copies</c>.</summary>
    public ImmutableHashSet<(string Article, string Source)> GoldCopies() =>
        Gold.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("copies").EnumerateArray()
                .Select(c => (Stem(f.GetProperty("file").GetString()!), Stem(c.GetString()!))))
            .ToImmutableHashSet();

    /// <summary>Gold quotes as <see cref="Quote"/>s located in the read text (those found), speakers from the gold.</summary>
    public ImmutableArray<(Quote Quote, string File, int Index)> GoldQuotes()
    {
        var quotes = ImmutableArray.CreateBuilder<(Quote, string, int)>();
        foreach (var file in Gold.GetProperty("files").EnumerateArray())
        {
            var name = file.GetProperty("file").GetString()!;
            var article = Corpus[new ArticleId(Stem(name))];
            var index = 0;
            var from = 0;
            foreach (var quote in file.GetProperty("quotes").EnumerateArray())
            {
                var text = quote.GetProperty("text").GetString()!;
                var at = text.Length == 0 ? -1 : article.Text.IndexOf(text, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    at = article.Text.IndexOf(text, StringComparison.Ordinal);
                }
                if (at >= 0 && article.ParagraphAt(at) is not null)
                {
                    var speaker = quote.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                    quotes.Add((new Quote
                    {
                        Id = new QuoteId($"{article.Id}#q{index:00}"),
                        Evidence = Evidence.Of(article, new TextSpan(at, at + text.Length)),
                        Speaker = speaker is null ? null : new Speaker(new EntityId(speaker.ToLowerInvariant()), speaker, null),
                        Pattern = QuotePattern.Unattributed,
                    }, name, index));
                    from = at + text.Length;
                }
                index++;
            }
        }
        return quotes.ToImmutable();
    }

    public static string Stem(string file) => Path.GetFileNameWithoutExtension(file);
}
