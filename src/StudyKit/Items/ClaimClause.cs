using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// The reported clause of a claim, as a student can read it alone: only when the sentence introduces it
/// with a speech verb or "bahwa"/"that" ("X mengatakan bahwa …", "menurut X, …", "X said …"), and cut after
/// an early "bahwa"/"that" ("pekan lalu bahwa Washington khawatir …" → "Washington khawatir …").
/// Anything else ("menyampaikan undangan kepada Putin …") is an object, not something said.
/// </summary>
internal static partial class ClaimClause
{
    private const int MinimumWords = 5;
    private const int EarlyWords = 5;

    /// <summary>Words that introduce reported speech, Indonesian and English.</summary>
    private static readonly ImmutableHashSet<string> Cues = ImmutableHashSet.Create(StringComparer.Ordinal,
        "bahwa", "mengatakan", "menyatakan", "kata", "katanya", "ujar", "ujarnya", "ungkap", "mengungkapkan", "menegaskan",
        "menjelaskan", "menyebutkan", "menilai", "memperingatkan", "that", "said", "says", "told", "warned", "added");

    private static readonly ImmutableArray<string> Joiners = [" bahwa ", " that "];

    private static readonly ImmutableArray<string> According = ["menurut", "according"];

    private static readonly ImmutableHashSet<string> Relatives = ImmutableHashSet.Create(StringComparer.Ordinal, "yang", "who");

    /// <summary>A credit closing the clause: ", demikian dilaporkan KCNA.", ", seperti dikutip Reuters", ", according to AP".</summary>
    [GeneratedRegex(@",\s+(?:demikian\s+|seperti\s+|sebagaimana\s+)?(?:dilaporkan|dikutip|dilansir|diberitakan|menurut|according\s+to|reported\s+by|as\s+reported\s+by)\s+[^,]+[.!]?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCredit();

    /// <summary>The clause, capitalised and ending in a full stop, or null when the claim does not read as one.</summary>
    public static string? Of(Claim claim)
    {
        var excerpt = claim.Evidence.Excerpt;
        var content = claim.Content.Trim();
        var at = excerpt.IndexOf(content, StringComparison.OrdinalIgnoreCase);
        if (content.Length == 0 || at < 0)
        {
            return null;
        }
        var before = TextNormal.Words(excerpt[..at]);
        var introduced = (before.Length > 0 && Cues.Contains(before[^1]))
            || (excerpt[..at].TrimEnd().EndsWith(',') && before.TakeLast(6).Any(According.Contains));
        if (!introduced)
        {
            return null;
        }
        // "Bagi Putin, yang mengatakan Rusia sedang terjebak …, pendekatan terhadap Kim …": a relative clause
        // ("yang"/"who") ends at its comma, and what follows is the reporter's, not the speaker's.
        if (before.Length > 1 && Relatives.Contains(before[^2]) && content.IndexOf(", ", StringComparison.Ordinal) is var comma and > 0)
        {
            content = content[..comma];
        }
        content = TrailingCredit().Replace(content, string.Empty).TrimEnd();
        foreach (var joiner in Joiners)
        {
            var cut = content.IndexOf(joiner, StringComparison.OrdinalIgnoreCase);
            if (cut > 0 && TextNormal.WordCount(content[..cut]) < EarlyWords)
            {
                content = content[(cut + joiner.Length)..].Trim();
            }
        }
        if (TextNormal.WordCount(content) < MinimumWords)
        {
            return null;
        }
        content = char.ToUpperInvariant(content[0]) + content[1..];
        return ".!?”\"".Contains(content[^1], StringComparison.Ordinal) ? content : content + ".";
    }
}
