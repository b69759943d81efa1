using System.Globalization;
using StudyKit.Reading;

namespace StudyKit.Extraction;

internal static partial class FactExtractor
{
    /// <summary>A word or numeral of a sentence: its offsets in the article text, and its characters as written and
    /// lower-cased, as views of the article's text and of its lower-cased copy.</summary>
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
            var length = WordLengthAt(text, i, end);
            if (length == 0)
            {
                i++;
                continue;
            }
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
            for (var j = i + 1; j < end && IsWordInner(text[j]); j++)
            {
                if (char.IsLetter(text[j]))
                {
                    lastLetter = j;
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

    private static bool IsWordInner(char c) =>
        char.IsLetter(c) || c is '\'' or '’' or '-' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
