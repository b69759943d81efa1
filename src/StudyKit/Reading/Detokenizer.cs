using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace StudyKit.Reading;

/// <summary>
/// Conservative repair of text that an upstream data set tokenised or ran together: only edits that
/// cannot change a word (spaces inside quote marks and brackets, before punctuation, missing after a full
/// stop, clitics split from a closed list of words, and run-together credit words).
/// </summary>
internal static partial class Detokenizer
{
    // Closed list: reporting cues and a few frequent bases seen split in tokenised Indonesian sources.
    private static readonly FrozenSet<string> NyaBases = FrozenSet.ToFrozenSet(
    [
        "kata", "ujar", "ucap", "ungkap", "tutur", "jelas", "tegas", "tambah", "imbuh", "lanjut", "pungkas",
        "celoteh", "sebut", "terang", "papar", "tulis", "akui", "ketus", "sambung", "kilah", "cetus", "menurut",
        "katanya", "diri", "ada", "awal", "akhir", "antara", "sebelum", "setelah", "selama",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PunBases = FrozenSet.ToFrozenSet(
        ["walau", "meski", "sekali", "kalau", "ada", "biar", "bagaimana"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LahKahBases = FrozenSet.ToFrozenSet(
        ["ada", "apa", "bukan", "inilah", "itu", "ini", "kata", "siapa", "benar", "ia"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The repaired line.</summary>
    public static string Line(string line)
    {
        // Each rule runs only when its cheap trigger is present: most lines need none of them.
        var text = line;
        var tokenised = LooksTokenised(line);
        if (text.Contains("di", StringComparison.Ordinal) || text.Contains("ke", StringComparison.Ordinal)
            || text.Contains("oleh", StringComparison.Ordinal) || text.Contains("catatan", StringComparison.Ordinal)
            || text.Contains("pantauan", StringComparison.Ordinal) || text.Contains("mengutip", StringComparison.Ordinal)
            || text.Contains("melansir", StringComparison.Ordinal))
        {
            text = RunTogetherCue().Replace(text, "$1 ");
            text = GluedInsideWord().Replace(text, " $1 ");
        }
        if (HasSpaceBefore(text, ",.;:!?"))
        {
            text = SpaceBeforePunctuation().Replace(text, "$1");
        }
        if (text.Contains("( ", StringComparison.Ordinal) || text.Contains(" )", StringComparison.Ordinal)
            || text.Contains("[ ", StringComparison.Ordinal) || text.Contains(" ]", StringComparison.Ordinal))
        {
            text = SpaceInsideBrackets().Replace(text, string.Empty);
        }
        if (text.Contains(" / ", StringComparison.Ordinal))
        {
            text = SpacedSlashInNumber().Replace(text, "/");
        }
        text = MissingSpaceAfterStop().Replace(text, ". ");
        if (text.Contains(" nya", StringComparison.Ordinal) || text.Contains(" pun", StringComparison.Ordinal)
            || text.Contains(" lah", StringComparison.Ordinal) || text.Contains(" kah", StringComparison.Ordinal))
        {
            text = SplitClitic().Replace(text, JoinClitic);
        }
        // Quote roles from left-to-right pairing are only trusted in tokenised text: in edited text a missing
        // mark ("… once were. "What …") would shift every role after it.
        return tokenised ? FixStraightQuotes(text) : text;
    }

    // The signature of upstream tokenisation: a space before a comma or stop that ends a token, more than once.
    private static bool LooksTokenised(string line)
    {
        var count = 0;
        for (var i = 1; i < line.Length && count < 2; i++)
        {
            if (line[i] is ',' or '.' && line[i - 1] == ' ' && (i + 1 == line.Length || line[i + 1] is ' ' or '"'))
            {
                count++;
            }
        }
        return count >= 2;
    }

    private static bool HasSpaceBefore(string text, string marks)
    {
        for (var i = text.AsSpan().IndexOfAny(marks); i >= 0 && i < text.Length; )
        {
            if (i > 0 && text[i - 1] == ' ')
            {
                return true;
            }
            var next = text.AsSpan(i + 1).IndexOfAny(marks);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static string JoinClitic(Match match)
    {
        var bases = match.Groups["clitic"].Value.ToLowerInvariant() switch
        {
            "nya" => NyaBases,
            "pun" => PunBases,
            _ => LahKahBases,
        };
        return bases.Contains(match.Groups["base"].Value)
            ? match.Groups["base"].Value + match.Groups["clitic"].Value
            : match.Value;
    }

    // `" Kami … , " kata` → `"Kami …," kata`: straight marks are paired left to right in the line; when the
    // count is odd the roles are unknown and the line is left alone.
    private static string FixStraightQuotes(string text)
    {
        var count = text.AsSpan().Count('"');
        if (count == 0 || count % 2 != 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var open = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '"')
            {
                builder.Append(c);
                continue;
            }
            open = !open;
            if (open)
            {
                if (builder.Length > 0 && builder[^1] is '.' or '!' or '?')
                {
                    builder.Append(' ');
                }
                builder.Append('"');
                while (i + 1 < text.Length && text[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                while (builder.Length > 0 && builder[^1] == ' ')
                {
                    builder.Length--;
                }
                builder.Append('"');
            }
        }
        return builder.ToString();
    }

    /// <summary>Matches "dilansirdetikNews", "dariAFP", "diMuseum", "catatandetikcom": a cue glued to a name.</summary>
    [GeneratedRegex(@"\b(dilansir|dikutip|dilaporkan|mengutip|melansir|catatan|pantauan|kepada|dari|di|ke|oleh)(?=\p{Lu}|detik)", RegexOptions.CultureInvariant)]
    private static partial Regex RunTogetherCue();

    /// <summary>Matches "dari" glued on both sides: "detikNewsdariNew Arab".</summary>
    [GeneratedRegex(@"(?<=\p{Ll})(dari|dilansir|dikutip)(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedInsideWord();

    /// <summary>Matches the space in "Indonesia , Simon" and "tersebut ." (but not before "...").</summary>
    [GeneratedRegex(@"(?<=\S) +([,.;:!?])(?!\.)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();

    /// <summary>Matches "( SUGBK )" and "[ Gambas : Video CNN ]" when short.</summary>
    [GeneratedRegex(@"(?<=[(\[]) +(?=\S)|(?<=\S) +(?=[)\]])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceInsideBrackets();

    /// <summary>Matches "10 / 9 / 2019".</summary>
    [GeneratedRegex(@"(?<=\d) / (?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedSlashInNumber();

    /// <summary>Matches the stop in "tersebut.Timnas" (a lower-case word or digit before, a word after).</summary>
    [GeneratedRegex(@"(?<=[\p{Ll}\d)""”]{2})\.(?=\p{Lu}\p{Ll}{2,})", RegexOptions.CultureInvariant)]
    private static partial Regex MissingSpaceAfterStop();

    /// <summary>Matches "kata nya", "walau pun": a word and a clitic split by a space.</summary>
    [GeneratedRegex(@"\b(?<base>\p{L}+) (?<clitic>nya|pun|lah|kah)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SplitClitic();
}
