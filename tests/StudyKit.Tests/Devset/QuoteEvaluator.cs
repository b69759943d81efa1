using System.Globalization;
using System.Text;
using System.Text.Json;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Devset;

/// <summary>One gold quote of <c>gold.json</c>.</summary>
internal sealed record GoldQuote(string File, int Index, string Text, string? Speaker, string? Via, string Pattern, bool Borderline, string? Role = null);

/// <summary>One annotated file: where it lives (relative to the shared folder), its quotes and what is quoted but not speech.</summary>
internal sealed record GoldFile(string File, string Path, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<string> OtherQuoted);

/// <summary>A gold quote and the extracted quote matched to it (null when missed).</summary>
internal sealed record QuoteMatch(GoldQuote Gold, Quote? Found);

/// <summary>Counts of the quote evaluation; every ratio is 1 when its denominator is 0.</summary>
internal sealed record QuoteScores(int Gold, int Found, int Matched, int FalsePositives, int SpeakerRight, int ViaGold, int ViaRight, int ViaSpurious)
{
    public double Precision => Ratio(Found - FalsePositives, Found);
    public double Recall => Ratio(Matched, Gold);
    public double SpeakerAccuracy => Ratio(SpeakerRight, Matched);
    public double ViaRecall => Ratio(ViaRight, ViaGold);
    public double ViaSpuriousRate => Ratio(ViaSpurious, Matched, empty: 0);

    private static double Ratio(int a, int b, double empty = 1) => b == 0 ? empty : (double)a / b;
}

/// <summary>The evaluation of one run: matches per file, false positives, overall and per-pattern scores.</summary>
internal sealed record QuoteEvaluation(
    IReadOnlyList<QuoteMatch> Matches,
    IReadOnlyList<Quote> FalsePositives,
    QuoteScores Overall,
    IReadOnlyDictionary<string, QuoteScores> ByPattern);

/// <summary>
/// Scores extracted quotes against the devset gold: a gold quote is found when an extracted quote covers at least
/// 0.8 of its words (normalised text, not offsets); borderline gold counts neither for nor against; speakers compare
/// canonical names (a null gold speaker must come back null); via compares names case-insensitively, either
/// containing the other. Library-independent, so a CLI command can reuse it.
/// </summary>
internal static class QuoteEvaluator
{
    public const double MinOverlap = 0.8;

    public static IReadOnlyList<GoldFile> LoadGold(string goldJson)
    {
        using var doc = JsonDocument.Parse(goldJson);
        var files = new List<GoldFile>();
        foreach (var f in doc.RootElement.GetProperty("files").EnumerateArray())
        {
            var file = f.GetProperty("file").GetString()!;
            var quotes = new List<GoldQuote>();
            var i = 0;
            foreach (var q in f.GetProperty("quotes").EnumerateArray())
            {
                quotes.Add(new GoldQuote(file, i++, q.GetProperty("text").GetString()!, Str(q, "speaker"), Str(q, "via"),
                    Str(q, "pattern") ?? "", q.TryGetProperty("borderline", out var b) && b.GetBoolean(), Str(q, "role")));
            }
            var other = f.TryGetProperty("other_quoted", out var o)
                ? o.EnumerateArray().Select(x => x.GetProperty("text").GetString()!).ToList()
                : [];
            files.Add(new GoldFile(file, f.GetProperty("path").GetString()!, quotes, other));
        }
        return files;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static QuoteEvaluation Evaluate(IReadOnlyList<GoldFile> gold, Findings findings)
    {
        var matches = new List<QuoteMatch>();
        var falsePositives = new List<Quote>();
        foreach (var file in gold)
        {
            var id = System.IO.Path.GetFileNameWithoutExtension(file.File);
            var found = findings.Quotes.Where(q => q.Evidence.Article.Value == id).ToList();
            var used = new HashSet<Quote>(ReferenceEqualityComparer.Instance);
            foreach (var g in file.Quotes)
            {
                var best = found.Where(q => !used.Contains(q)).Select(q => (q, o: Overlap(g.Text, q.Text))).Where(x => x.o >= MinOverlap)
                    .OrderByDescending(x => x.o).Select(x => x.q).FirstOrDefault();
                if (best is not null)
                {
                    used.Add(best);
                }
                matches.Add(new QuoteMatch(g, best));
            }
            falsePositives.AddRange(found.Where(q => !used.Contains(q)));
        }
        var scored = matches.Where(m => !m.Gold.Borderline).ToList();
        var foundCount = findings.Quotes.Count(q => gold.Any(f => System.IO.Path.GetFileNameWithoutExtension(f.File) == q.Evidence.Article.Value))
            - matches.Count(m => m.Gold.Borderline && m.Found is not null);
        var overall = Score(scored, foundCount, falsePositives.Count);
        var byPattern = scored.GroupBy(m => m.Gold.Pattern, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Score([.. g], g.Count(m => m.Found is not null), 0), StringComparer.Ordinal);
        return new QuoteEvaluation(matches, falsePositives, overall, byPattern);
    }

    private static QuoteScores Score(List<QuoteMatch> scored, int found, int falsePositives)
    {
        var matched = scored.Where(m => m.Found is not null).ToList();
        return new QuoteScores(
            scored.Count, found, matched.Count, falsePositives,
            matched.Count(m => SameSpeaker(m.Gold.Speaker, m.Found!.Speaker?.Name)),
            matched.Count(m => m.Gold.Via is not null),
            matched.Count(m => m.Gold.Via is not null && SameVia(m.Gold.Via, m.Found!.Via)),
            matched.Count(m => m.Found!.Via is not null && !SameVia(m.Gold.Via, m.Found.Via)));
    }

    public static bool SameSpeaker(string? gold, string? found) =>
        gold is null ? found is null : found is not null && string.Equals(Normalise(gold), Normalise(found), StringComparison.Ordinal);

    public static bool SameVia(string? gold, string? found)
    {
        if (gold is null || found is null)
        {
            return gold is null && found is null;
        }
        var (g, f) = (Normalise(gold), Normalise(found));
        return g.Length > 0 && f.Length > 0 && (g.Contains(f, StringComparison.Ordinal) || f.Contains(g, StringComparison.Ordinal));
    }

    /// <summary>Share of the gold quote's words covered, in order, by the found quote (longest common word subsequence).</summary>
    public static double Overlap(string gold, string found)
    {
        var g = Normalise(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var f = Normalise(found).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (g.Length == 0 || f.Length == 0 || f.Length > 3 * g.Length + 5)
        {
            return 0;
        }
        var row = new int[f.Length + 1];
        for (var i = 1; i <= g.Length; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= f.Length; j++)
            {
                var up = row[j];
                row[j] = g[i - 1] == f[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = up;
            }
        }
        return (double)row[f.Length] / g.Length;
    }

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>The evaluation as text: scores, per-pattern scores, then per file every miss, wrong speaker or via, and false positive.</summary>
    public static string Report(QuoteEvaluation evaluation)
    {
        var sb = new StringBuilder();
        void Line(string s) => sb.Append(s).Append('\n');
        static string P(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var o = evaluation.Overall;
        Line($"overall: gold {o.Gold}, found {o.Found}, matched {o.Matched}, false positives {o.FalsePositives}");
        Line($"precision {P(o.Precision)}  recall {P(o.Recall)}  speaker {P(o.SpeakerAccuracy)}  via recall {P(o.ViaRecall)}  spurious via {P(o.ViaSpuriousRate)}");
        var roles = evaluation.Matches.Where(m => !m.Gold.Borderline && m.Found is not null && m.Gold.Role is not null).ToList();
        Line($"role (where gold has one, either containing the other): {roles.Count(m => SameVia(m.Gold.Role, m.Found!.Speaker?.Role))}/{roles.Count}");
        foreach (var (pattern, s) in evaluation.ByPattern)
        {
            Line($"  {pattern,-20} gold {s.Gold,3}  recall {P(s.Recall)}  speaker {P(s.SpeakerAccuracy)}");
        }
        foreach (var file in evaluation.Matches.GroupBy(m => m.Gold.File))
        {
            Line($"== {file.Key}");
            foreach (var m in file)
            {
                var tag = m.Gold.Borderline ? " (borderline)" : "";
                if (m.Found is null)
                {
                    Line($"  MISS #{m.Gold.Index} [{m.Gold.Pattern}]{tag} {Short(m.Gold.Text)}");
                    continue;
                }
                if (!SameSpeaker(m.Gold.Speaker, m.Found.Speaker?.Name))
                {
                    Line($"  SPEAKER #{m.Gold.Index} [{m.Gold.Pattern}/{m.Found.Pattern}]{tag} gold '{m.Gold.Speaker}' got '{m.Found.Speaker?.Name}' (as '{m.Found.SpeakerAsWritten}') {Short(m.Gold.Text)}");
                }
                if (!SameVia(m.Gold.Via, m.Found.Via))
                {
                    Line($"  VIA #{m.Gold.Index}{tag} gold '{m.Gold.Via}' got '{m.Found.Via}'");
                }
            }
            var id = System.IO.Path.GetFileNameWithoutExtension(file.Key);
            foreach (var fp in evaluation.FalsePositives.Where(q => q.Evidence.Article.Value == id))
            {
                Line($"  FALSE+ [{fp.Pattern}] '{fp.Speaker?.Name}' {Short(fp.Text)}");
            }
        }
        return sb.ToString();
    }

    private static string Short(string text) => text.Length <= 70 ? text : string.Concat(text.AsSpan(0, 67), "...");

    /// <summary>Reads every gold file from the shared folder into one corpus (so names resolve across articles).</summary>
    public static Corpus ReadCorpus(string sharedFolder, IReadOnlyList<GoldFile> gold) =>
        new CorpusReader().Read(gold.Select(f => new SourceDocument(f.File, File.ReadAllText(System.IO.Path.Combine(sharedFolder, f.Path)))));
}
