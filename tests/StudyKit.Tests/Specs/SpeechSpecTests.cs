using System.Text.Json;
using StudyKit.Extraction;
using StudyKit.Tests.Extraction.Speech;

namespace StudyKit.Tests.Specs;

/// <summary>Runs <c>Specs/speech.json</c>: short hand-written passages, one per attribution pattern, with the quotes,
/// non-quotes and claims expected from each. A mismatch reports the findings actually extracted.</summary>
public sealed class SpeechSpecTests
{
    private static readonly Lazy<JsonElement> Specs = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(), "speech.json"))).RootElement.Clone());

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var spec in Specs.Value.EnumerateArray())
        {
            data.Add(spec.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Spec_Passage_GivesExpectedFindings(string name)
    {
        var spec = Specs.Value.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        var authors = spec.TryGetProperty("authors", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : null;
        var findings = new FindingsExtractor().Extract(SpeechCorpus.Of(SpeechCorpus.Article(spec.GetProperty("passage").GetString()!, 0, authors)));
        var actual = Describe(findings);

        var expected = spec.GetProperty("quotes").EnumerateArray().ToList();
        Assert.True(expected.Count == findings.Quotes.Length, $"expected {expected.Count} quotes, got:\n{actual}");
        foreach (var e in expected)
        {
            var text = e.GetProperty("text").GetString()!;
            var q = findings.Quotes.SingleOrDefault(x => x.Text == text);
            Assert.True(q is not null, $"quote not found: {text}\n{actual}");
            Assert.True(Str(e, "speaker") == q.Speaker?.Name, $"speaker of '{text}': expected '{Str(e, "speaker")}'\n{actual}");
            Assert.True(Str(e, "as_written") == q.SpeakerAsWritten, $"as written of '{text}': expected '{Str(e, "as_written")}'\n{actual}");
            Assert.True(Str(e, "via") == q.Via, $"via of '{text}': expected '{Str(e, "via")}'\n{actual}");
            Assert.True(Str(e, "pattern") == q.Pattern.ToString(), $"pattern of '{text}': expected {Str(e, "pattern")}\n{actual}");
            Assert.True(e.GetProperty("partial").GetBoolean() == q.Partial, $"partial of '{text}'\n{actual}");
            if (Str(e, "role") is { } role)
            {
                Assert.True(role == q.Speaker?.Role, $"role of '{text}': expected '{role}'\n{actual}");
            }
        }
        if (spec.TryGetProperty("not_quotes", out var notQuotes))
        {
            foreach (var n in notQuotes.EnumerateArray())
            {
                Assert.DoesNotContain(findings.Quotes, q => q.Text == n.GetString());
            }
        }
        if (spec.TryGetProperty("claims", out var claims))
        {
            foreach (var c in claims.EnumerateArray())
            {
                var content = c.GetProperty("content").GetString()!;
                Assert.True(findings.Claims.Any(x => x.Content == content && x.Speaker?.Name == Str(c, "speaker")),
                    $"claim not found: {Str(c, "speaker")}: {content}\n{actual}");
            }
        }
        Assert.All(findings.Quotes, q => Assert.Equal(findings.Corpus.Articles[0].Text[q.Evidence.Span.Start..q.Evidence.Span.End], q.Evidence.Excerpt));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Describe(Findings findings) => string.Join('\n',
        findings.Quotes.Select(q => $"  quote [{q.Pattern}{(q.Partial ? ", partial" : "")}] '{q.Text}' ← '{q.Speaker?.Name}' as '{q.SpeakerAsWritten}' role '{q.Speaker?.Role}' via '{q.Via}'")
        .Concat(findings.Claims.Select(c => $"  claim '{c.Speaker?.Name}' as '{c.SpeakerAsWritten}': '{c.Content}'")));

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "StudyKit.Tests", "Specs");
            if (File.Exists(Path.Combine(candidate, "speech.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/StudyKit.Tests/Specs/speech.json not found above the test run.");
    }
}
