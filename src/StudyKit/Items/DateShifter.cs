using System.Globalization;
using System.Text.RegularExpressions;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Plausible wrong dates, written exactly as the answer is: "Rabu (19/6/2024)" → "Kamis (20/6/2024)",
/// "Selasa (18/6/2024)"…; "Juli 2000" → "Agustus 2000", "Juni 2000"…; "tahun 2006" → "tahun 2007"….
/// A weekday beside a date moves with it, so that no distractor is wrong merely by being inconsistent.
/// </summary>
internal static partial class DateShifter
{
    private static readonly int[] DayShifts = [1, -1, 2, -2, 7, -7];
    private static readonly int[] MonthShifts = [1, -1, 2, -2, 3];
    private static readonly int[] YearShifts = [1, -1, 2, -2, 3, -3];

    /// <summary>
    /// Shifted versions of <paramref name="answer"/>, nearest first; empty when no date is recognised. With
    /// <paramref name="decade"/> a year moves by tens ("1960-an" → "1970-an").
    /// </summary>
    public static IEnumerable<string> Variants(string answer, ArticleLanguage language, bool decade = false)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var names = DateNames.For(language);
        if (NumericDateRegex().Match(answer) is { Success: true } numeric)
        {
            return ShiftNumeric(answer, numeric, names);
        }
        foreach (Match match in DayMonthRegex().Matches(answer))
        {
            if (names.Month(match.Groups["mon"].Value) > 0)
            {
                return ShiftDayMonth(answer, match, names);
            }
        }
        foreach (Match match in MonthDayRegex().Matches(answer))
        {
            if (names.Month(match.Groups["mon"].Value) > 0)
            {
                return ShiftMonthDay(answer, match, names);
            }
        }
        foreach (Match match in MonthYearRegex().Matches(answer))
        {
            if (names.Month(match.Groups["mon"].Value) is > 0 and var month)
            {
                return MonthShifts.Select(s => new DateOnly(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), month, 1).AddMonths(s))
                    .Select(d => Replace(answer, match, names.Months[d.Month - 1] + " " + d.Year.ToString(CultureInfo.InvariantCulture)));
            }
        }
        if (YearRegex().Match(answer) is { Success: true } year)
        {
            var value = int.Parse(year.Value, CultureInfo.InvariantCulture);
            var step = decade ? 10 : 1;
            return YearShifts.Select(s => Replace(answer, year, (value + (s * step)).ToString(CultureInfo.InvariantCulture)));
        }
        // A weekday alone ("pada hari Senin"); with other digits present the date was not understood.
        var weekday = WordRegex().Matches(answer).FirstOrDefault(w => names.Weekday(w.Value) >= 0);
        return weekday is null || answer.Any(char.IsDigit) ? [] : DayShifts.Take(4).Select(s => ShiftWeekday(answer, s, names));
    }

    private static IEnumerable<string> ShiftNumeric(string answer, Match match, DateNames names)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var yearText = match.Groups["y"].Value;
        var year = yearText.Length == 4 ? int.Parse(yearText, CultureInfo.InvariantCulture) : 2024;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            yield break;
        }
        var date = new DateOnly(year, month, day);
        foreach (var shift in DayShifts)
        {
            var other = date.AddDays(shift);
            if (yearText.Length > 0 && other.Year != year)
            {
                continue;
            }
            var text = Pad(other.Day, match.Groups["d"].Value) + "/" + Pad(other.Month, match.Groups["m"].Value)
                + (yearText.Length > 0 ? "/" + yearText : string.Empty);
            yield return ShiftWeekday(Replace(answer, match, text), shift, names);
        }
    }

    private static IEnumerable<string> ShiftDayMonth(string answer, Match match, DateNames names)
    {
        var month = names.Month(match.Groups["mon"].Value);
        var yearText = match.Groups["y"].Value;
        var year = yearText.Length == 4 ? int.Parse(yearText, CultureInfo.InvariantCulture) : 2024;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var lastDay = match.Groups["d2"].Success ? int.Parse(match.Groups["d2"].Value, CultureInfo.InvariantCulture) : day;
        if (day < 1 || lastDay > DateTime.DaysInMonth(year, month) || lastDay < day)
        {
            yield break;
        }
        var start = new DateOnly(year, month, day);
        var span = lastDay - day;
        foreach (var shift in DayShifts)
        {
            var first = start.AddDays(shift);
            var last = first.AddDays(span);
            if (last.Month != first.Month || (yearText.Length > 0 && first.Year != year))
            {
                continue;
            }
            var days = span == 0
                ? first.Day.ToString(CultureInfo.InvariantCulture)
                : first.Day.ToString(CultureInfo.InvariantCulture) + match.Groups["sep"].Value + last.Day.ToString(CultureInfo.InvariantCulture);
            var text = days + " " + names.Months[first.Month - 1] + (yearText.Length > 0 ? " " + yearText : string.Empty);
            yield return ShiftWeekday(Replace(answer, match, text), shift, names);
        }
    }

    private static IEnumerable<string> ShiftMonthDay(string answer, Match match, DateNames names)
    {
        var month = names.Month(match.Groups["mon"].Value);
        var yearText = match.Groups["y"].Value;
        var year = yearText.Length == 4 ? int.Parse(yearText, CultureInfo.InvariantCulture) : 2024;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            yield break;
        }
        var date = new DateOnly(year, month, day);
        foreach (var shift in DayShifts)
        {
            var other = date.AddDays(shift);
            if (yearText.Length > 0 && other.Year != year)
            {
                continue;
            }
            var text = names.Months[other.Month - 1] + " " + other.Day.ToString(CultureInfo.InvariantCulture)
                + (yearText.Length > 0 ? match.Groups["ysep"].Value + yearText : string.Empty);
            yield return ShiftWeekday(Replace(answer, match, text), shift, names);
        }
    }

    private static string ShiftWeekday(string text, int shift, DateNames names)
    {
        var word = WordRegex().Matches(text).FirstOrDefault(w => names.Weekday(w.Value) >= 0);
        if (word is null)
        {
            return text;
        }
        var index = (((names.Weekday(word.Value) + shift) % 7) + 7) % 7;
        return Replace(text, word, names.Weekdays[index]);
    }

    private static string Pad(int value, string template) =>
        value.ToString(template.Length == 2 && template[0] == '0' ? "00" : "0", CultureInfo.InvariantCulture);

    private static string Replace(string text, Match match, string with) =>
        text[..match.Index] + with + text[(match.Index + match.Length)..];

    // "19/6/2024", "19/6", "01/07/24".
    [GeneratedRegex(@"(?<d>\d{1,2})/(?<m>\d{1,2})(?:/(?<y>\d{2,4}))?")]
    private static partial Regex NumericDateRegex();

    // "13 September 2023", "19-20 Juni", "10 Sept"; the month word is checked against the table.
    [GeneratedRegex(@"(?<d>\d{1,2})(?:(?<sep>\s*[-–]\s*)(?<d2>\d{1,2}))?\s+(?<mon>\p{L}+)\.?(?:\s+(?<y>\d{4}))?")]
    private static partial Regex DayMonthRegex();

    // "June 19", "June 19, 2024" (English order); the month word is checked against the table.
    [GeneratedRegex(@"(?<mon>\p{L}+)\.?\s+(?<d>\d{1,2})\b(?:(?<ysep>,?\s+)(?<y>\d{4}))?")]
    private static partial Regex MonthDayRegex();

    // "Juli 2000", "March 2024".
    [GeneratedRegex(@"(?<mon>\p{L}+)\s+(?<y>\d{4})")]
    private static partial Regex MonthYearRegex();

    // A year from 1800 to 2099.
    [GeneratedRegex(@"\b(?:1[89]\d{2}|20\d{2})\b")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?")]
    private static partial Regex WordRegex();
}
