using System.Globalization;
using System.Text;

namespace StudyKit.Items;

/// <summary>
/// Text comparison for the gates: case, diacritics, punctuation and whitespace do not count, but the
/// separators inside a number do ("11.000" stays "11.000", so it never equals "11 000" or "11000").
/// </summary>
internal static class TextNormal
{
    /// <summary>Lower-case, diacritics removed, punctuation as spaces, whitespace collapsed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c) || IsNumberSeparator(decomposed, i))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words after
    /// normalisation. Short all-capital forms ("AS", "US") must match their case, so that the English word
    /// "as" is not taken for Amerika Serikat.
    /// </summary>
    public static bool ContainsPhrase(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var needle = Normalize(phrase);
        if (needle.Length == 0)
        {
            return false;
        }
        if (phrase.Trim().Length <= 3 && phrase.Any(char.IsUpper))
        {
            return ContainsWholeWordExact(text, phrase.Trim());
        }
        var haystack = " " + Normalize(text) + " ";
        return haystack.Contains(" " + needle + " ", StringComparison.Ordinal);
    }

    /// <summary>True when any of <paramref name="phrases"/> occurs in <paramref name="text"/>.</summary>
    public static bool ContainsAny(string text, IEnumerable<string> phrases) => phrases.Any(p => ContainsPhrase(text, p));

    /// <summary>The number of words (runs of letters or digits).</summary>
    public static int WordCount(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The normalised words of <paramref name="text"/>.</summary>
    public static string[] Words(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary><paramref name="text"/> cut to at most <paramref name="words"/> words, with "…" when cut.</summary>
    public static string Shorten(string text, int words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= words)
        {
            return text.Trim();
        }
        return string.Join(' ', parts.Take(words)).TrimEnd(',', ';', ':', '.', '-', '–') + "…";
    }

    /// <summary>
    /// True when <paramref name="text"/> holds <paramref name="passage"/>, or a run of
    /// <paramref name="window"/> of its words in a row: the passage (or a copy of it) appears there.
    /// </summary>
    public static bool SharesRun(string text, string passage, int window = 6) =>
        SharesRunNormalized(" " + Normalize(text) + " ", passage, window);

    /// <summary><see cref="SharesRun"/> against a text already normalised and padded with a space on each side.</summary>
    public static bool SharesRunNormalized(string haystack, string passage, int window = 6)
    {
        var words = Words(passage);
        var size = Math.Min(words.Length, window);
        for (var i = 0; size > 0 && i + size <= words.Length; i++)
        {
            if (haystack.Contains(" " + string.Join(' ', words, i, size) + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when two wordings plausibly say the same thing: at least 30% of the content words (four letters
    /// or more) of the shorter one appear in the other. Guards against quotes linked by mistake.
    /// </summary>
    public static bool SameGist(string a, string b)
    {
        static HashSet<string> Content(string text) => Words(text).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        var x = Content(a);
        var y = Content(b);
        var smaller = Math.Min(x.Count, y.Count);
        return smaller > 0 && x.Count(y.Contains) * 10 >= smaller * 3;
    }

    private static bool IsNumberSeparator(string text, int i) =>
        (text[i] == '.' || text[i] == ',') && i > 0 && i + 1 < text.Length
        && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static bool ContainsWholeWordExact(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }
}
