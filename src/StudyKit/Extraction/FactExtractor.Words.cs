using System.Globalization;
using StudyKit.Reading;

namespace StudyKit.Extraction;

internal static partial class FactExtractor
{
    /// <summary>A word or numeral of a sentence: its offsets in the article text, and its characters as written and
    /// lower-cased, as views of the article's text and of a buffer holding each word lower-cased at its offset.</summary>
    private readonly record struct Word(int Start, int End, string Written, char[] Lowered)
    {
        public ReadOnlySpan<char> Text => Written.AsSpan(Start, End - Start);

        public ReadOnlySpan<char> Lower => Lowered.AsSpan(Start, End - Start);

        public bool IsNumeral => char.IsDigit(Written[Start]);

        public bool IsCapitalised => char.IsUpper(Written[Start]);
    }

    /// <summary>Fills <paramref name="words"/> with the words of a sentence, scanned by hand, left to right, trying at each position in this order:
    /// a currency symbol with letters ("US$", "S$", "A$", "HK$"); a numeral ("19.000", "2,5": digits with inner
    /// single dots or commas); a word from a letter to the last letter of a run of letters, combining marks,
    /// apostrophes and hyphens ("Jum'at", "Hong-kyun"; "pro-" gives "pro"); a lone letter; a symbol
    /// ("$", "€", "£", "¥", "%"). Anything else is skipped.</summary>
    private static void Words(string text, char[] lowered, TextSpan span, List<Word> words)
    {
        words.Clear();
        var end = span.End;
        var i = span.Start;
        while (i < end)
        {
            // Only a letter, a digit or a currency or per cent sign starts a word (see WordLengthAt): the spaces and
            // punctuation between words are passed over with one test each.
            var c = text[i];
            var length = char.IsLetterOrDigit(c) || c is '$' or '€' or '£' or '¥' or '%' ? WordLengthAt(text, i, end) : 0;
            if (length == 0)
            {
                i++;
                continue;
            }
            // Word by word, not the whole text at once: casing runs vectorised over ASCII, and hands the rest of a
            // string to ICU from its first other character (a curly quote mark, say) on.
            text.AsSpan(i, length).ToLowerInvariant(lowered.AsSpan(i, length));
            words.Add(new Word(i, i + length, text, lowered));
            i += length;
        }
    }

    /// <summary>How long the word starting at <paramref name="i"/> is, or 0 when none starts there.</summary>
    private static int WordLengthAt(string text, int i, int end)
    {
        var c = text[i];
        if (CurrencyLength(text, i, end) is > 0 and var currency)
        {
            return currency;
        }
        if (char.IsDigit(c))
        {
            var j = i + 1;
            while (j < end && char.IsDigit(text[j]))
            {
                j++;
            }
            while (j + 1 < end && text[j] is '.' or ',' && char.IsDigit(text[j + 1]))
            {
                j += 2;
                while (j < end && char.IsDigit(text[j]))
                {
                    j++;
                }
            }
            return j - i;
        }
        if (char.IsLetter(c))
        {
            var lastLetter = i;
            for (var j = i + 1; j < end; j++)
            {
                if (char.IsLetter(text[j]))
                {
                    lastLetter = j;
                }
                else if (!IsInnerJoiner(text[j]))
                {
                    break;
                }
            }
            return lastLetter + 1 - i;
        }
        return c is '$' or '€' or '£' or '¥' or '%' ? 1 : 0;
    }

    // "US$", "S$", "A$", "HK$".
    private static int CurrencyLength(string text, int i, int end)
    {
        bool At(int k, char expected) => k < end && text[k] == expected;
        return text[i] switch
        {
            'U' when At(i + 1, 'S') && At(i + 2, '$') => 3,
            'S' or 'A' when At(i + 1, '$') => 2,
            'H' when At(i + 1, 'K') && At(i + 2, '$') => 3,
            _ => 0,
        };
    }

    // What may sit between the letters of a word besides letters: apostrophes, hyphens and combining marks.
    private static bool IsInnerJoiner(char c) =>
        c is '\'' or '’' or '-' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
