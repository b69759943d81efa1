using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>A normalised word of an article and where it lies in <see cref="Article.Text"/>.</summary>
/// <param name="Text">Lower-cased letters and digits; a number keeps only its digits ("11.000" → "11000").</param>
/// <param name="Start">Offset of the first character of the word.</param>
/// <param name="End">Offset one past its last character.</param>
internal readonly record struct WordToken(string Text, int Start, int End);

/// <summary>
/// Tokens, word n-grams and character n-grams with a stable 64-bit hash (FNV-1a): the same text gives the
/// same hashes in every process, unlike <c>string.GetHashCode</c>.
/// </summary>
internal static class Shingles
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Tokens of <paramref name="text"/>[<paramref name="span"/>], skipping <paramref name="skip"/> spans.
    /// Lower-cased, punctuation dropped, digit groups joined ("12,46" → "1246"), and a split-off clitic
    /// ("tim nya") joined back to its word, so tokenised and plain copies of a text agree.</summary>
    public static List<WordToken> Tokens(string text, TextSpan span, IReadOnlyList<TextSpan>? skip = null) =>
        Tokens(text, span, skip is null ? [] : SkipSpans(skip));

    /// <summary>The non-empty spans of <paramref name="skip"/> sorted by start, as <see cref="Tokens(string, TextSpan, TextSpan[])"/> takes them.</summary>
    public static TextSpan[] SkipSpans(IEnumerable<TextSpan> skip) => skip.Where(s => s.End > s.Start).OrderBy(s => s.Start).ToArray();

    /// <summary>As <see cref="Tokens(string, TextSpan, IReadOnlyList{TextSpan})"/>, with the skipped spans already
    /// prepared by <see cref="SkipSpans"/> (once per article rather than once per sentence).</summary>
    public static List<WordToken> Tokens(string text, TextSpan span, TextSpan[] skipped)
    {
        var tokens = new List<WordToken>();
        var buffer = new char[64];
        // Skipped spans sorted by start, walked with a cursor as i only grows: linear in the text, not text × spans.
        var next = 0;
        var i = span.Start;
        while (i < span.End)
        {
            while (next < skipped.Length && skipped[next].End <= i)
            {
                next++;
            }
            if (next < skipped.Length && skipped[next].Start <= i)
            {
                i = skipped[next].End;
                continue;
            }
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var digits = char.IsDigit(text[i]);
            var length = 0;
            while (i < span.End && (char.IsLetterOrDigit(text[i]) || JoinsNumber(text, i, span, digits)))
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    if (length == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }
                    buffer[length++] = char.ToLowerInvariant(text[i]);
                }
                i++;
            }
            var word = new string(buffer, 0, length);
            if (word is "nya" or "lah" or "kah" && tokens.Count > 0 && tokens[^1].End >= start - 1)
            {
                tokens[^1] = new WordToken(tokens[^1].Text + word, tokens[^1].Start, i);
                continue;
            }
            tokens.Add(new WordToken(word, start, i));
        }
        return tokens;
    }

    private static bool JoinsNumber(string text, int i, TextSpan span, bool digits) =>
        digits && (text[i] == '.' || text[i] == ',') && i + 1 < span.End && char.IsDigit(text[i + 1]) && i > span.Start && char.IsDigit(text[i - 1]);

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>, continuing from <paramref name="hash"/>.</summary>
    public static ulong Hash(string text, ulong hash = FnvOffset) => Hash(text.AsSpan(), hash);

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>, continuing from <paramref name="hash"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> text, ulong hash = FnvOffset)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }
        return hash;
    }

    /// <summary>Hashes of the word <paramref name="n"/>-grams of <paramref name="words"/> (a set).</summary>
    public static HashSet<ulong> WordGrams(IReadOnlyList<string> words, int n)
    {
        var grams = new HashSet<ulong>();
        for (var i = 0; i + n <= words.Count; i++)
        {
            var hash = FnvOffset;
            for (var k = 0; k < n; k++)
            {
                hash = Hash(words[i + k], hash);
                hash = (hash ^ 0x1F) * FnvPrime;
            }
            grams.Add(hash);
        }
        return grams;
    }

    /// <summary>Hashes of the character <paramref name="n"/>-grams of <paramref name="text"/> (a set).</summary>
    public static HashSet<ulong> CharGrams(string text, int n)
    {
        var grams = new HashSet<ulong>(Math.Max(0, text.Length - n + 1));
        for (var i = 0; i + n <= text.Length; i++)
        {
            grams.Add(Hash(text.AsSpan(i, n)));
        }
        return grams;
    }

    /// <summary>The distinct character <paramref name="n"/>-gram hashes of <paramref name="text"/>, sorted: the
    /// same set as <see cref="CharGrams"/> in an eighth of the memory, compared by merging.</summary>
    public static ulong[] SortedCharGrams(string text, int n)
    {
        if (text.Length < n)
        {
            return [];
        }
        var grams = new ulong[text.Length - n + 1];
        for (var i = 0; i < grams.Length; i++)
        {
            grams[i] = Hash(text.AsSpan(i, n));
        }
        Array.Sort(grams);
        var distinct = grams.Length == 0 ? 0 : 1;
        for (var i = 1; i < grams.Length; i++)
        {
            if (grams[i] != grams[distinct - 1])
            {
                grams[distinct++] = grams[i];
            }
        }
        return distinct == grams.Length ? grams : grams[..distinct];
    }

    /// <summary>Dice coefficient of two sorted sets (<see cref="SortedCharGrams"/>), 0 when both are empty.</summary>
    public static double Dice(ulong[] a, ulong[] b)
    {
        if (a.Length + b.Length == 0)
        {
            return 0;
        }
        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                shared++;
                i++;
                j++;
            }
        }
        return 2.0 * shared / (a.Length + b.Length);
    }

    /// <summary>Dice coefficient 2|A∩B| / (|A|+|B|), 0 when both are empty.</summary>
    public static double Dice(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Share of <paramref name="a"/> found in <paramref name="b"/>, 0 when <paramref name="a"/> is empty.</summary>
    public static double Containment(HashSet<ulong> a, HashSet<ulong> b) =>
        a.Count == 0 ? 0 : (double)a.Count(b.Contains) / a.Count;

    /// <summary>Canonical form of a text: its tokens joined by single spaces.</summary>
    public static string Canonical(string text) =>
        string.Join(' ', Tokens(text, new TextSpan(0, text.Length)).Select(t => t.Text));

    /// <summary>Formats a share for diagnostics and tests.</summary>
    public static string Format(double share) => share.ToString("0.00", CultureInfo.InvariantCulture);
}
