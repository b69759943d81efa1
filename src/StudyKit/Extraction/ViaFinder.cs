namespace StudyKit.Extraction;

/// <summary>
/// Finds the outlet a quote is credited to inside its attribution clause, only where the text says so:
/// "seperti dikutip kantor berita negara Rusia, Tass" → Tass; "dilansir The Guardian" → The Guardian;
/// "demikian dilaporkan KCNA" → KCNA; "told BBC News:" → BBC News. Never the article's wire.
/// </summary>
internal static class ViaFinder
{
    private static SpeechLexicon.Merged L => SpeechLexicon.Both;

    public static string? Find(string text, int from, int to)
    {
        if (to <= from)
        {
            return null;
        }
        var words = TextScan.Words(text, from, to);
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i].Text is "interview" or "wawancara" && words[i - 1].IsAcronym)
            {
                return words[i - 1].ToString(); // "in a wide-ranging BBC interview"
            }
            if (!L.ViaMarkerHeads.Contains(words[i].Text))
            {
                continue; // no marker starts with this word
            }
            foreach (var marker in L.ViaMarkers)
            {
                var length = MatchLength(words, i, marker);
                if (length > 0 && Outlet(text, words, i + length, to) is { } outlet
                    && (!AddressesSomeone(marker) || LooksLikeOutlet(outlet)))
                {
                    return outlet;
                }
            }
        }
        return null;
    }

    private static int MatchLength(List<Token> words, int at, string marker)
    {
        var parts = marker.Split(' ');
        if (at + parts.Length > words.Count)
        {
            return 0;
        }
        for (var k = 0; k < parts.Length; k++)
        {
            if (!words[at + k].Text.Equals(parts[k], StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
        }
        return parts.Length;
    }

    /// <summary>The outlet after a marker: filler words skipped ("kantor berita negara"), then the last capitalised run
    /// before a phrase ender, a quote mark or the clause end ("Rusia, Tass" gives "Tass").</summary>
    private static string? Outlet(string text, List<Token> words, int start, int to)
    {
        string? outlet = null;
        var skipped = 0;
        var i = start;
        while (i < words.Count)
        {
            var w = words[i];
            if (i > start && HasBreak(text, words[i - 1].End, w.Start))
            {
                break;
            }
            if ((w.IsCapitalised || HasCapitalAfterFirst(w.Text)) && !L.Pronouns.Contains(w.Text))
            {
                var s = i;
                while (i + 1 < words.Count && (words[i + 1].IsCapitalised || words[i + 1].Text is "of" or "with")
                    && !HasBreak(text, words[i].End, words[i + 1].Start, allowComma: false) && !EndsPossessive(text, words[i]))
                {
                    i++;
                }
                while (i > s && !words[i].IsCapitalised)
                {
                    i--;
                }
                outlet = text[words[s].Start..words[i].End];
                i++;
                if (skipped > 0 && i < words.Count && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(','))
                {
                    // Apposition: "kantor berita negara Rusia, Tass" — the outlet follows the comma.
                    continue;
                }
                if (i + 1 < words.Count && words[i].Text is "dari" or "from" && words[i + 1].IsCapitalised)
                {
                    // A chain: "dilansir detikNews dari New Arab" credits New Arab as the origin.
                    i++;
                    continue;
                }
                break;
            }
            if (L.OutletFillers.Contains(w.Text) && skipped < 4)
            {
                skipped++;
                i++;
                continue;
            }
            break;
        }
        return outlet is null || L.NotNames.Contains(outlet) ? null : outlet;
    }

    // "kepada"/"told" also take people ("told Gordon Brown he would …"): accept an outlet-like name only.
    private static bool AddressesSomeone(string marker) => marker is "kepada" or "told" or "speaking to";

    private static bool LooksLikeOutlet(string outlet) =>
        TextScan.Words(outlet, 0, outlet.Length).Any(w => w.IsAcronym || L.OrganisationHeads.Contains(w.Text) || L.Outlets.Contains(w.Text));

    // "detikNews": an outlet written in camel case.
    private static bool HasCapitalAfterFirst(ReadOnlySpan<char> word)
    {
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsPossessive(string text, Token w) => w.End < text.Length && text[w.End] is '\'' or '’';

    private static bool HasBreak(string text, int from, int to, bool allowComma = true)
    {
        foreach (var c in text.AsSpan(from, to - from))
        {
            if (c is '.' or ';' or ':' or '(' or ')' || TextScan.IsDoubleMark(c) || (!allowComma && c == ','))
            {
                return true;
            }
        }
        return false;
    }
}
