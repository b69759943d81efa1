using System.Globalization;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Reads numerals in an article's own notation. Indonesian groups thousands with "." and writes decimals
/// with "," ("11.000" = 11000, "2,5" = 2.5, "12,46%" = 12.46); English does the reverse ("11,000" = 11000,
/// "2.5" = 2.5). A numeral with both marks settles it by itself (the last mark is the decimal one), and a
/// lone grouping mark not followed by exactly three digits is read as a decimal written the other way.
/// </summary>
internal static class NumberFormat
{
    /// <summary>The value of <paramref name="numeral"/> (digits, "." and "," only), or null when it is malformed.</summary>
    public static decimal? Parse(string numeral, ArticleLanguage language)
    {
        ArgumentNullException.ThrowIfNull(numeral);
        return Parse(numeral.AsSpan(), language);
    }

    /// <summary>As <see cref="Parse(string, ArticleLanguage)"/>, reading the numeral where it is written (no string made).</summary>
    public static decimal? Parse(ReadOnlySpan<char> numeral, ArticleLanguage language)
    {
        if (numeral.Length == 0 || !char.IsDigit(numeral[0]) || !char.IsDigit(numeral[^1]))
        {
            return null;
        }
        var (dots, commas) = (0, 0);
        foreach (var c in numeral)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (!char.IsDigit(c))
            {
                return null;
            }
        }
        var group = language == ArticleLanguage.Id ? '.' : ',';
        char? decimalMark;
        if (dots > 0 && commas > 0)
        {
            decimalMark = numeral.LastIndexOf('.') > numeral.LastIndexOf(',') ? '.' : ',';
        }
        else if (dots + commas == 0)
        {
            decimalMark = null;
        }
        else
        {
            var mark = dots > 0 ? '.' : ',';
            var count = dots + commas;
            var tail = numeral.Length - numeral.LastIndexOf(mark) - 1;
            decimalMark = count > 1 || mark == group && tail == 3 ? null : mark;
        }
        return Compose(numeral, decimalMark);
    }

    // The whole part's groups after the first must have three digits and the first one to three ("11.000",
    // "1.234.567"); the digits, then the fraction after a decimal point, are parsed as an invariant decimal.
    private static decimal? Compose(ReadOnlySpan<char> numeral, char? decimalMark)
    {
        var cut = decimalMark is { } d ? numeral.LastIndexOf(d) : numeral.Length;
        var whole = numeral[..cut];
        var fraction = decimalMark is null ? [] : numeral[(cut + 1)..];
        foreach (var c in fraction)
        {
            if (!char.IsDigit(c))
            {
                return null;
            }
        }
        Span<char> digits = numeral.Length <= 128 ? stackalloc char[numeral.Length] : new char[numeral.Length];
        var (length, groups, groupLength, firstGroup, regular) = (0, 1, 0, 0, true);
        foreach (var c in whole)
        {
            if (c is '.' or ',')
            {
                if (groups == 1)
                {
                    firstGroup = groupLength;
                }
                else
                {
                    regular &= groupLength == 3;
                }
                (groups, groupLength) = (groups + 1, 0);
                continue;
            }
            digits[length++] = c;
            groupLength++;
        }
        if (groups > 1 && (firstGroup is 0 or > 3 || !regular || groupLength != 3))
        {
            return null;
        }
        if (fraction.Length > 0)
        {
            digits[length++] = '.';
            fraction.CopyTo(digits[length..]);
            length += fraction.Length;
        }
        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Writes <paramref name="value"/> in the notation of <paramref name="language"/> ("11.000", "2,5").</summary>
    public static string Format(decimal value, ArticleLanguage language) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##########",
            language == ArticleLanguage.Id ? CultureInfo.GetCultureInfo("id-ID") : CultureInfo.GetCultureInfo("en-GB"));
}
