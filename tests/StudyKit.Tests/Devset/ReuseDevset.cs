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

    /// <summary>The devset read as is; with <paramref name="goldMetadata"/>, the gold noise lines are removed
    /// first and the gold language, outlet, date and wire given as overrides, as a finished reader would infer.</summary>
    public static ReuseDevset Load(bool goldMetadata = false)
    {
        var devset = SharedFolder.DevsetOrSkip();
        var shared = Path.GetDirectoryName(devset)!;
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(devset, "gold.json")));
        var gold = document.RootElement.Clone();
        var files = gold.GetProperty("files").EnumerateArray().ToList();
        var sources = files.Select(f => new SourceDocument(
                f.GetProperty("file").GetString()!,
                Clean(File.ReadAllText(Path.Combine(shared, f.GetProperty("path").GetString()!)), goldMetadata ? f : null)))
            .ToList();
        var overrides = goldMetadata ? files.Select(Override).ToList() : null;
        return new ReuseDevset(new CorpusReader().Read(sources, overrides), gold);
    }

    // Removes each gold noise line once, from the end: a headline repeated as a photo caption is noise only
    // the second time.
    private static string Clean(string text, JsonElement? file)
    {
        var lines = text.Split('\n').ToList();
        if (file is not { } f)
        {
            return text;
        }
        foreach (var noise in f.GetProperty("noise_lines").EnumerateArray().Select(n => n.GetString()!.Trim()))
        {
            var at = lines.FindLastIndex(line => string.Equals(line.Trim(), noise, StringComparison.Ordinal));
            if (at >= 0)
            {
                lines.RemoveAt(at);
            }
        }
        return string.Join('\n', lines);
    }

    private static SourceOverride Override(JsonElement file)
    {
        string? Text(string name) => file.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new SourceOverride(file.GetProperty("file").GetString()!)
        {
            Language = Text("language") == "en" ? ArticleLanguage.En : ArticleLanguage.Id,
            Outlet = Text("outlet"),
            Published = PublicationDate.TryParse(Text("datetime") ?? Text("date")),
            Wire = [.. file.GetProperty("wire").EnumerateArray().Select(w => w.GetString()!).Order(StringComparer.Ordinal)],
        };
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
