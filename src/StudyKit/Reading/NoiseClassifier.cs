using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace StudyKit.Reading;

/// <summary>
/// Recognises page furniture in article text: whole lines (related links, widgets, counters, credits,
/// hashtags, embeds) and inline fragments (teasers, embed markers, desk codes) cut out of a paragraph.
/// Every rule is anchored and linear, so a long line costs one pass.
/// </summary>
internal static partial class NoiseClassifier
{
    // The whole-line markers, looked up by span so that trimming a line allocates nothing.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NoiseLines =
        ReadingLexicon.All.NoiseLines.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The line openings with their markers trimmed once, for the whole-line comparison.
    private static readonly (NoisePrefix Prefix, string Trimmed)[] Prefixes =
        [.. ReadingLexicon.All.NoisePrefixes.Select(p => (p, p.Marker.TrimEnd()))];

    // The ASCII characters (either case) a line opening starts with: a line starting with any other ASCII
    // character needs no comparison. Non-ASCII starts are always compared, as case-insensitive matching of
    // those ("ſ" for "S") is not worth second-guessing.
    private static readonly bool[] MarkerStarts = AsciiStarts(ReadingLexicon.All.NoisePrefixes.Select(p => p.Marker));

    /// <summary>The noise reason for a whole (repaired) line, or null when the line is not noise by itself.</summary>
    public static string? Classify(string line)
    {
        // Whole-line noise is short; a long line is text (captions and inline teasers are handled elsewhere).
        if (line.Length == 0 || line.Length > 250)
        {
            return null;
        }
        if (NoiseLines.TryGetValue(line.AsSpan().TrimEnd(":. "), out var whole))
        {
            return whole;
        }
        var first = line[0];
        if (first >= 128 || MarkerStarts[first])
        {
            foreach (var (prefix, trimmed) in Prefixes)
            {
                var comparison = prefix.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                if (line.StartsWith(prefix.Marker, comparison) && line.Length > prefix.Marker.Length
                    || line.Equals(trimmed, comparison))
                {
                    return prefix.Reason;
                }
            }
        }
        if (char.IsAsciiLetter(first) && first is not ('b' or 'B' or 'h' or 'H' or 'w' or 'W'))
        {
            // No pattern below can start with this letter ("by …", "http…", "www.…" are the only letters).
            return null;
        }
        return line switch
        {
            _ when ViewCounter().IsMatch(line) => "view-counter",
            _ when Counters().IsMatch(line) => "counter",
            _ when CommentCount().IsMatch(line) => "comments",
            _ when Hashtags().IsMatch(line) => "hashtag",
            _ when Embed().IsMatch(line) => "embed",
            _ when Navigation().IsMatch(line) => "navigation",
            _ when Url().IsMatch(line) => "link",
            _ => null,
        };
    }

    private static bool[] AsciiStarts(IEnumerable<string> markers)
    {
        var starts = new bool[128];
        foreach (var marker in markers.Where(m => m.Length > 0))
        {
            foreach (var c in new[] { marker[0], char.ToLowerInvariant(marker[0]), char.ToUpperInvariant(marker[0]) })
            {
                if (char.IsAscii(c))
                {
                    starts[char.ToLowerInvariant(c)] = true;
                    starts[char.ToUpperInvariant(c)] = true;
                }
            }
        }
        return starts;
    }

    /// <summary>True for a markdown table row (<c>| author | Debrinata Rizky |</c>).</summary>
    public static bool IsTableRow(string line) => line.Length >= 2 && line[0] == '|' && line[^1] == '|';

    /// <summary>
    /// Cuts inline noise out of <paramref name="line"/>: "Lihat juga : &lt;headline&gt;" teasers, "[Gambas:…]"
    /// embed markers and a closing desk code "(psp/wis)". Each cut is added to <paramref name="cuts"/>.
    /// </summary>
    public static string CutInline(string line, List<(string Text, string Reason)> cuts)
    {
        // Each rule runs only when a character its pattern needs is present: most paragraphs need none.
        if (line.Contains(':', StringComparison.Ordinal))
        {
            line = CutTeasers(line, cuts);
        }
        if (line.Contains("Gambas", StringComparison.Ordinal) || line.Contains("[video", StringComparison.OrdinalIgnoreCase))
        {
            line = InlineEmbed().Replace(line, m =>
            {
                cuts.Add((m.Value.Trim(), "embed"));
                return " ";
            });
        }
        if (line.AsSpan().TrimEnd().EndsWith(')'))
        {
            var desk = DeskCode().Match(line);
            if (desk.Success)
            {
                cuts.Add((desk.Value.Trim(), "desk-code"));
                line = line[..desk.Index];
            }
        }
        return Whitespace.Collapse(line);
    }

    private static string CutTeasers(string line, List<(string Text, string Reason)> cuts)
    {
        var match = InlineTeaser().Match(line);
        if (!match.Success)
        {
            return line;
        }
        var builder = new StringBuilder(line.Length);
        var position = 0;
        while (match.Success)
        {
            var end = HeadlineEnd(line, match.Index + match.Length);
            builder.Append(line, position, match.Index - position).Append(' ');
            cuts.Add((line[match.Index..end].Trim(), "related-link"));
            position = end;
            match = InlineTeaser().Match(line, end);
        }
        builder.Append(line, position, line.Length - position);
        return builder.ToString();
    }

    // A teaser headline is a run of capitalised words (lower-case connectors allowed between them) that
    // ends at a quote mark, or before the capitalised word that opens the next sentence ("… Jokowi Ia juga
    // berharap": the headline stops before "Ia" because two lower-case words follow it). Words are matched
    // one ahead of the one being judged, never to the end of the line, so a teaser costs its own length.
    private static int HeadlineEnd(string line, int start)
    {
        var word = WordTokens().Match(line, start);
        var lastCapitalEnd = start;
        var previousCapitalStart = -1;
        while (word.Success)
        {
            var text = word.ValueSpan;
            var next = word.NextMatch();
            if (text[0] is '"' or '“' or '”')
            {
                return word.Index;
            }
            if (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text is "," or ":" or "-")
            {
                if (char.IsUpper(text[0]) || char.IsDigit(text[0]))
                {
                    previousCapitalStart = word.Index;
                }
                lastCapitalEnd = word.Index + word.Length;
                word = next;
                continue;
            }
            var nextIsCapital = next.Success && (char.IsUpper(next.ValueSpan[0]) || char.IsDigit(next.ValueSpan[0]));
            if (nextIsCapital && text.Length <= 6)
            {
                word = next;
                continue;
            }
            return previousCapitalStart > start ? previousCapitalStart : lastCapitalEnd;
        }
        return line.Length;
    }

    /// <summary>Matches "by -183 Views", "1.204 kali dibaca", "242 views".</summary>
    [GeneratedRegex(@"^(by\s+)?-?\d[\d.,]*\s*(views?|kali dibaca|dibaca|dilihat)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ViewCounter();

    /// <summary>Matches widget counters "0 0", "242", "12 | 3".</summary>
    [GeneratedRegex(@"^\d{1,7}([\s|]+\d{1,7})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Counters();

    /// <summary>Matches "0 Komentar", "12 comments".</summary>
    [GeneratedRegex(@"^\d+\s+(komentar|comments?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentCount();

    /// <summary>Matches "#HOT", "#simonout #timnas".</summary>
    [GeneratedRegex(@"^#\w+(\s+#\w+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtags();

    /// <summary>Matches "&lt;123&gt;", "[Gambas:Video CNN]", "[video.123]".</summary>
    [GeneratedRegex(@"^(<\d+>|\[\s*Gambas\s*:[^\]]*\]|\\?\[video\.\d+\\?\])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Embed();

    /// <summary>Matches bullet navigation "• News", "» Nasional".</summary>
    [GeneratedRegex(@"^[•·»›]\s*\S+(\s\S+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Navigation();

    /// <summary>Matches a line that is only a web address.</summary>
    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    /// <summary>Matches inline "[ Gambas : Video CNN ]" and "[video.123]".</summary>
    [GeneratedRegex(@"\[\s*Gambas\s*:[^\]\n]{0,80}\]|\\?\[video\.\d+\\?\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineEmbed();

    /// <summary>Matches a closing desk code "( psp / wis )", "(aik/imk)" at the end of a paragraph.</summary>
    [GeneratedRegex(@"\s*\(\s*[a-z]{2,4}(\s*/\s*[a-z]{2,4}){1,3}\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DeskCode();

    /// <summary>Matches an inline teaser opener "Lihat juga :", "Baca juga:" inside a paragraph.</summary>
    [GeneratedRegex(@"(?<=\S\s)(Lihat juga|Baca juga|Baca pula)\s?:\s?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTeaser();

    /// <summary>Matches words, quote marks and separating punctuation.</summary>
    [GeneratedRegex(@"[""“”]|[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*|[,:\-]", RegexOptions.CultureInvariant)]
    private static partial Regex WordTokens();
}
