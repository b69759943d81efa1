using System.Buffers;

namespace StudyKit.Extraction;

/// <summary>A word in a text: its half-open range in <paramref name="Source"/>, the text it was scanned from.</summary>
/// <param name="Start">Offset of the word's first character.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Source">The text the word lies in (an article's text, or a phrase taken from it).</param>
internal readonly record struct Token(int Start, int End, string Source)
{
    /// <summary>The word's characters, a view of <see cref="Source"/>: scanning makes no string per word, and the
    /// word lists look words up by their characters (<see cref="WordSet"/>).</summary>
    public ReadOnlySpan<char> Text => Source.AsSpan(Start, End - Start);

    public bool IsCapitalised => End > Start && char.IsUpper(Source[Start]);

    /// <summary>"NATO", "AS", "MP": two or more letters, all upper case.</summary>
    public bool IsAcronym => End - Start >= 2 && IsAllUpper(Text);

    /// <summary>The word as a string of its own, for what keeps it (a mention, an acronym).</summary>
    public override string ToString() => Source[Start..End];

    // No lower-case letter and at least one letter (a plain loop: this is asked of most words).
    private static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }
}

/// <summary>Hand-written scanners over article text (no regex backtracking): words, sentence bounds, marks.</summary>
internal static class TextScan
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "no", "jl", "prof", "sdr", "tbk", "vs", "kec", "kab", "gen", "lt", "col", "sen", "rep",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of <paramref name="text"/>[start..end): letters and digits, with inner hyphens and apostrophes
    /// ("Leif-Eric", "don't", "Sky News'" gives "News"). With <paramref name="into"/> the words replace that list's
    /// instead of filling a new one.</summary>
    public static List<Token> Words(string text, int start, int end, List<Token>? into = null)
    {
        // About one word in six characters of running text: room enough that the list rarely grows.
        var capacity = Math.Max(0, end - start) / 6 + 4;
        var words = into ?? new List<Token>(capacity);
        words.Clear();
        words.EnsureCapacity(capacity);
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var s = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i, end)))
            {
                i++;
            }
            AddSplit(text, s, i, words);
        }
        return words;
    }

    // Run-together source text: "dilaporkanSaudi", "dilansirdetikNewsdariNew Arab" split where a known lower-case
    // cue or preposition ends right before a capital. Names such as "McMenemy" or "detikNews" stay whole.
    private static void AddSplit(string text, int s, int e, List<Token> words)
    {
        // "dilansirdetikNews": a cue glued to a camel-case outlet. Such cues are the long joiners, so a word
        // shorter than them, or starting with another letter, needs no comparison.
        if (e - s > GluedCueLength && GluedCueStarts.Contains(text[s]))
        {
            foreach (var joiner in Joiners)
            {
                if (joiner.Length >= GluedCueLength && e - s > joiner.Length && string.CompareOrdinal(text, s, joiner, 0, joiner.Length) == 0
                    && text.AsSpan(s + joiner.Length, e - s - joiner.Length).ContainsAnyInRange('A', 'Z'))
                {
                    words.Add(new Token(s, s + joiner.Length, text));
                    s += joiner.Length;
                    break;
                }
            }
        }
        for (var k = s + 2; k < e; k++)
        {
            if (!char.IsUpper(text[k]) || !char.IsLower(text[k - 1]))
            {
                continue;
            }
            foreach (var joiner in Joiners)
            {
                var from = k - joiner.Length;
                if (from >= s && string.CompareOrdinal(text, from, joiner, 0, joiner.Length) == 0)
                {
                    if (from > s)
                    {
                        words.Add(new Token(s, from, text));
                    }
                    words.Add(new Token(from, k, text));
                    s = k;
                    break;
                }
            }
        }
        words.Add(new Token(s, e, text));
    }

    private static readonly string[] Joiners =
    [
        "dilansir", "dilaporkan", "dikutip", "mengutip", "kepada", "oleh", "menurut", "dari",
    ];

    /// <summary>Joiners this long or longer are split off the front of a word they are glued to.</summary>
    private const int GluedCueLength = 6;

    /// <summary>The first letters of those joiners.</summary>
    private static readonly SearchValues<char> GluedCueStarts =
        SearchValues.Create(string.Concat(Joiners.Where(j => j.Length >= GluedCueLength).Select(j => j[0]).Distinct()));

    private static bool IsInnerJoiner(string text, int i, int end) =>
        (text[i] is '-' or '\'' or '’') && i + 1 < end && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);

    /// <summary>True for any double quote mark: straight, curly, guillemet or low-9.</summary>
    public static bool IsDoubleMark(char c) => DoubleMarks.Contains(c);

    /// <summary>The double quote marks: straight, curly, guillemet or low-9.</summary>
    public static readonly SearchValues<char> DoubleMarks = SearchValues.Create("\"“”„«»‟");

    /// <summary>Where the sentence holding <paramref name="position"/> starts, not before <paramref name="floor"/>.
    /// A boundary is <c>. ! ?</c> (optionally followed by a closing mark) then space then a capital, digit or mark.</summary>
    public static int SentenceStart(string text, int floor, int position)
    {
        // A boundary is the white space one or two characters after a terminator (see IsBoundaryAt): the search jumps
        // back from terminator to terminator, trying its two places, nearest first, instead of every character.
        var last = Math.Min(position, text.Length) - 1;
        var lowest = Math.Max(floor - 1, 0);
        for (var t = LastTerminator(text, lowest, last - 1); t >= 0; t = LastTerminator(text, lowest, t - 1))
        {
            for (var j = Math.Min(t + 2, last); j >= t + 1; j--)
            {
                if (j > floor && IsBoundaryAt(text, floor, j))
                {
                    return j + 1;
                }
            }
        }
        return floor;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> ends (exclusive), not after <paramref name="ceiling"/>.</summary>
    public static int SentenceEnd(string text, int position, int ceiling)
    {
        // As in SentenceStart, only the two places after each terminator are tried, in text order.
        var from = Math.Max(position, 0);
        for (var t = NextTerminator(text, Math.Max(from - 2, 0), ceiling); t >= 0; t = NextTerminator(text, t + 1, ceiling))
        {
            for (var j = Math.Max(t + 1, from); j <= t + 2 && j < ceiling; j++)
            {
                if (IsBoundaryAt(text, 0, j))
                {
                    return j;
                }
            }
        }
        return ceiling;
    }

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    // The first terminator in text[from..to), or -1.
    private static int NextTerminator(string text, int from, int to)
    {
        var next = from < to ? text.AsSpan(from, to - from).IndexOfAny(Terminators) : -1;
        return next < 0 ? -1 : from + next;
    }

    // The last terminator in text[from..to] (to included), or -1.
    private static int LastTerminator(string text, int from, int to)
    {
        if (from > to)
        {
            return -1;
        }
        var at = text.AsSpan(from, to - from + 1).LastIndexOfAny(Terminators);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>True when text[j] is whitespace that ends a sentence: "… lalu. Kim" or "…baru.” Kunjungan" or "… ." Saya"
    /// (looking back no further than <paramref name="floor"/>).</summary>
    internal static bool IsBoundaryAt(string text, int floor, int j)
    {
        if (!char.IsWhiteSpace(text[j]) || j + 1 >= text.Length || j - 1 < floor)
        {
            return false;
        }
        var k = j - 1;
        if (IsDoubleMark(text[k]) && k - 1 >= floor)
        {
            k--;
        }
        if (text[k] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }
        var next = j + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || IsDoubleMark(text[next])))
        {
            return false;
        }
        return !EndsWithAbbreviation(text, floor, k);
    }

    private static bool EndsWithAbbreviation(string text, int floor, int dot)
    {
        var s = dot;
        while (s > floor && char.IsLetter(text[s - 1]))
        {
            s--;
        }
        var word = text.AsSpan(s, dot - s);
        return (word.Length == 1 && char.IsUpper(word[0])) || AbbreviationLookup.Contains(word);
    }
}
