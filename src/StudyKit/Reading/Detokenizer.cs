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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NyaBaseLookup = NyaBases.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PunBaseLookup = PunBases.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LahKahBaseLookup = LahKahBases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The repaired line.</summary>
    public static string Line(string line)
    {
        // Each rule runs only when its cheap trigger is present: most lines need none of them.
        var text = line;
        var tokenised = LooksTokenised(line);
        if (HasGluedCue(text) && (text.Contains("di", StringComparison.Ordinal) || text.Contains("dari", StringComparison.Ordinal)
            || text.Contains("ke", StringComparison.Ordinal)
            || text.Contains("oleh", StringComparison.Ordinal) || text.Contains("catatan", StringComparison.Ordinal)
            || text.Contains("pantauan", StringComparison.Ordinal) || text.Contains("mengutip", StringComparison.Ordinal)
            || text.Contains("melansir", StringComparison.Ordinal)))
        {
            text = RunTogetherCue().Replace(text, "$1 ");
            text = GluedInsideWord().Replace(text, " $1 ");
        }
        if (HasSpaceBefore(text))
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
        if (HasStopBeforeCapital(text))
        {
            text = MissingSpaceAfterStop().Replace(text, ". ");
        }
        if (HasJoinableClitic(text))
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
        foreach (var spaced in (ReadOnlySpan<string>)[" ,", " ."])
        {
            for (var i = line.IndexOf(spaced, StringComparison.Ordinal); i >= 0 && count < 2; i = line.IndexOf(spaced, i + 1, StringComparison.Ordinal))
            {
                var after = i + 2;
                if (after == line.Length || line[after] is ' ' or '"')
                {
                    count++;
                }
            }
        }
        return count >= 2;
    }

    // What both cue patterns need: a lower-case ASCII letter (every cue ends in one) glued to a capital or to
    // "detik" ("dariAFP", "dilansirdetikNews"). Nearly every line contains "di", so this is checked first:
    // the ASCII capitals, then the few other characters, each for a lower-case ASCII letter before it.
    private static bool HasGluedCue(string text)
    {
        if (text.Contains("detik", StringComparison.Ordinal))
        {
            return true;
        }
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange('A', 'Z'); i >= 0; i = IndexFrom(span, i + 1, static s => s.IndexOfAnyInRange('A', 'Z')))
        {
            if (i > 0 && char.IsAsciiLetterLower(span[i - 1]))
            {
                return true;
            }
        }
        for (var i = span.IndexOfAnyExceptInRange('\0', '\u007F'); i >= 0; i = IndexFrom(span, i + 1, static s => s.IndexOfAnyExceptInRange('\0', '\u007F')))
        {
            if (i > 0 && char.IsUpper(span[i]) && char.IsAsciiLetterLower(span[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    // The index in text of what search finds in text[from..], or -1.
    private static int IndexFrom(ReadOnlySpan<char> text, int from, SpanSearch search)
    {
        var next = search(text[from..]);
        return next < 0 ? -1 : from + next;
    }

    private delegate int SpanSearch(ReadOnlySpan<char> text);

    // What MissingSpaceAfterStop needs: a stop directly before a capital.
    private static bool HasStopBeforeCapital(string text)
    {
        for (var i = text.IndexOf('.', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('.', i + 1))
        {
            if (char.IsUpper(text[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    // True when SplitClitic would join something: a clitic after a space that ends a word ("kata nya,"), whose
    // base (the whole run of letters before the space) is on the clitic's list. Most lines have none, and the
    // regex would otherwise try every word of the line.
    private static bool HasJoinableClitic(string text)
    {
        foreach (var spaced in (ReadOnlySpan<string>)[" nya", " pun", " lah", " kah"])
        {
            var bases = spaced switch
            {
                " nya" => NyaBaseLookup,
                " pun" => PunBaseLookup,
                _ => LahKahBaseLookup,
            };
            for (var space = text.IndexOf(spaced, StringComparison.Ordinal); space >= 0; space = text.IndexOf(spaced, space + 1, StringComparison.Ordinal))
            {
                var after = space + 4;
                if (after < text.Length && char.IsLetter(text[after]))
                {
                    continue;
                }
                var start = space;
                while (start > 0 && char.IsLetter(text[start - 1]))
                {
                    start--;
                }
                if (start < space && bases.Contains(text.AsSpan(start, space - start)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // A space before one of the marks: ", " after "Indonesia " in "Indonesia , Simon".
    private static bool HasSpaceBefore(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(",.;:!?"); i >= 0; i = IndexFrom(span, i + 1, static s => s.IndexOfAny(",.;:!?")))
        {
            if (i > 0 && span[i - 1] == ' ')
            {
                return true;
            }
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
