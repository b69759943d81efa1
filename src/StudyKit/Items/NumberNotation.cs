using System.Globalization;
using System.Text.RegularExpressions;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Numbers as an article writes them: Indonesian groups thousands with "." and writes decimals with ","
/// ("11.000", "2,5"); English the other way round ("11,000", "2.5"). A distractor is written in the
/// answer's own notation, so the format never tells the key apart.
/// </summary>
internal static partial class NumberNotation
{
    /// <summary>The first number in <paramref name="text"/>: "11.000", "2,5", "1.402", "50".</summary>
    public static Match? Find(string text)
    {
        var match = NumberRegex().Match(text);
        return match.Success ? match : null;
    }

    /// <summary>The value of <paramref name="token"/> in <paramref name="language"/>'s notation, or null.</summary>
    public static decimal? Parse(string token, ArticleLanguage language)
    {
        var culture = Culture(language);
        return decimal.TryParse(token, NumberStyles.Number, culture, out var value) ? value : null;
    }

    /// <summary>How many decimals <paramref name="template"/> shows ("11,52" → 2, "11.000" → 0 in Indonesian).</summary>
    public static int Decimals(string template, ArticleLanguage language)
    {
        var at = template.LastIndexOf(Culture(language).NumberFormat.NumberDecimalSeparator, StringComparison.Ordinal);
        return at >= 0 && template.Length - at - 1 != 3 ? template.Length - at - 1 : 0;
    }

    /// <summary>How many decimals <paramref name="value"/> needs (12.8 → 1, 11000 → 0).</summary>
    public static int DecimalsOf(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    /// <summary><paramref name="value"/> written like <paramref name="template"/> (same separators, same decimals).</summary>
    public static string Format(decimal value, string template, ArticleLanguage language)
    {
        var culture = Culture(language);
        var decimalSeparator = culture.NumberFormat.NumberDecimalSeparator;
        var at = template.LastIndexOf(decimalSeparator, StringComparison.Ordinal);
        var decimals = Decimals(template, language);
        var integerDigits = (at >= 0 && decimals > 0 ? template[..at] : template).Count(char.IsDigit);
        // "243" cannot show whether the article groups thousands; news text does ("1.402", "1,402").
        var grouped = template.Contains(culture.NumberFormat.NumberGroupSeparator, StringComparison.Ordinal)
            || (integerDigits <= 3 && Math.Abs(value) >= 1000);
        var format = (grouped ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture);
        return Math.Round(value, decimals).ToString(format, culture);
    }

    /// <summary>
    /// Plausible other values of the same magnitude and precision, nearest first: for 11.000 → 12.000,
    /// 10.000, 13.000…; for 50 → 60, 40, 70…; for 1.402 → 1.502, 1.302…. Used only after the corpus's own
    /// numbers, like a date shifted by a day.
    /// </summary>
    public static IEnumerable<decimal> Neighbours(decimal value)
    {
        if (value <= 0)
        {
            yield break;
        }
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)));
        var unit = 1m;
        while (value % (unit * 10) == 0 && unit * 10 <= magnitude)
        {
            unit *= 10;
        }
        while (value % unit != 0)
        {
            unit /= 10;
        }
        var step = Math.Max(unit, magnitude / 10);
        foreach (var k in new[] { 1, -1, 2, -2, 3, -3 })
        {
            var other = value + (k * step);
            if (other > 0 && SameMagnitude(other, value))
            {
                yield return other;
            }
        }
    }

    /// <summary>True when the two values are close in size (within a factor of three): 11.000 and 12.000, not 1.402.</summary>
    public static bool SameMagnitude(decimal a, decimal b) =>
        a > 0 && b > 0 && Math.Max(a, b) / Math.Min(a, b) <= 3;

    /// <summary>
    /// The culture of <paramref name="language"/>'s notation, looked up when first needed (the runtime keeps
    /// it): loading a culture's data costs milliseconds, and a bank of one language needs only one.
    /// </summary>
    private static CultureInfo Culture(ArticleLanguage language) => language switch
    {
        ArticleLanguage.Id => CultureInfo.GetCultureInfo("id-ID"),
        ArticleLanguage.En => CultureInfo.GetCultureInfo("en-US"),
    };

    // "11.000", "1.402", "2,5", "12,46", "50": grouped thousands with an optional decimal part, or plain digits.
    [GeneratedRegex(@"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")]
    private static partial Regex NumberRegex();
}
