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
        if (numeral.Length == 0 || !char.IsDigit(numeral[0]) || !char.IsDigit(numeral[^1])
            || numeral.Any(c => !char.IsDigit(c) && c != '.' && c != ','))
        {
            return null;
        }
        var group = language == ArticleLanguage.Id ? '.' : ',';
        var dots = numeral.Count(c => c == '.');
        var commas = numeral.Count(c => c == ',');
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

    private static decimal? Compose(string numeral, char? decimalMark)
    {
        var cut = decimalMark is { } d ? numeral.LastIndexOf(d) : numeral.Length;
        var whole = numeral[..cut];
        var fraction = decimalMark is null ? "" : numeral[(cut + 1)..];
        if (fraction.Any(c => !char.IsDigit(c)))
        {
            return null;
        }
        var groups = whole.Split('.', ',');
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return null;
        }
        var digits = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : "");
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Writes <paramref name="value"/> in the notation of <paramref name="language"/> ("11.000", "2,5").</summary>
    public static string Format(decimal value, ArticleLanguage language) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##########",
            language == ArticleLanguage.Id ? CultureInfo.GetCultureInfo("id-ID") : CultureInfo.GetCultureInfo("en-GB"));
}
