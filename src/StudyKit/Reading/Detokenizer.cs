using System.Buffers;
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
        if (text.AsSpan().ContainsAny(SpacedBrackets))
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

    private static readonly SearchValues<string> SpacedBrackets = SearchValues.Create(["( ", " )", "[ ", " ]"], StringComparison.Ordinal);

    private static readonly SearchValues<string> SpacedStops = SearchValues.Create([" ,", " ."], StringComparison.Ordinal);

    // The signature of upstream tokenisation: a space before a comma or stop that ends a token, more than once.
    private static bool LooksTokenised(string line)
    {
        var count = 0;
        for (var i = NextIndex.Of(line, 0, SpacedStops); i >= 0 && count < 2; i = NextIndex.Of(line, i + 1, SpacedStops))
        {
            var after = i + 2;
            if (after == line.Length || line[after] is ' ' or '"')
            {
                count++;
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
        for (var i = NextIndex.Of(text, 0, AsciiCapitals); i >= 0; i = NextIndex.Of(text, i + 1, AsciiCapitals))
        {
            if (i > 0 && char.IsAsciiLetterLower(text[i - 1]))
            {
                return true;
            }
        }
        for (var i = NextIndex.OfAnyExcept(text, 0, Ascii); i >= 0; i = NextIndex.OfAnyExcept(text, i + 1, Ascii))
        {
            if (i > 0 && char.IsUpper(text[i]) && char.IsAsciiLetterLower(text[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly SearchValues<char> AsciiCapitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> Ascii = SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).ToArray());

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(",.;:!?");

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
        // The four spaced clitics are found in one pass over the line.
        for (var space = NextIndex.Of(text, 0, SpacedClitics); space >= 0; space = NextIndex.Of(text, space + 1, SpacedClitics))
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
            var bases = text.AsSpan(space + 1, 3) switch
            {
                "nya" => NyaBaseLookup,
                "pun" => PunBaseLookup,
                _ => LahKahBaseLookup,
            };
            if (start < space && bases.Contains(text.AsSpan(start, space - start)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly SearchValues<string> SpacedClitics = SearchValues.Create([" nya", " pun", " lah", " kah"], StringComparison.Ordinal);


    // A space before one of the marks: ", " after "Indonesia " in "Indonesia , Simon".
    private static bool HasSpaceBefore(string text)
    {
        for (var i = NextIndex.Of(text, 0, Punctuation); i >= 0; i = NextIndex.Of(text, i + 1, Punctuation))
        {
            if (i > 0 && text[i - 1] == ' ')
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
