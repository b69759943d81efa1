using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyKit.Reading;

/// <summary>
/// Finds a publication date stamp in a header, byline or footer line: "Rabu, 19/06/2024 01:01 WIB",
/// "20 Jun 2024 18:34 wib", "June 20, 2024", "2024-06-20T18:34+07:00". Indonesian zones give the offset
/// (WIB +07:00, WITA +08:00, WIT +09:00).
/// </summary>
internal static partial class PublicationDateParser
{
    /// <summary>A date found in a line, and what remains of the line around it.</summary>
    /// <param name="Date">The date.</param>
    /// <param name="Rest">The line without the date, time and day name.</param>
    internal sealed record Found(PublicationDate Date, string Rest);

    /// <summary>The first date stamp in <paramref name="line"/>, or null.</summary>
    public static Found? Find(string line)
    {
        // Every date pattern has a four-digit year: most lines have none and need no regex.
        if (line.Length > 160 || !HasFourDigits(line))
        {
            return null;
        }
        var date = FindDate(line);
        if (date is null)
        {
            return null;
        }
        var (day, dateMatch) = date.Value;
        var rest = line.Remove(dateMatch.Index, dateMatch.Length).Insert(dateMatch.Index, " ");
        TimeOnly? time = null;
        TimeSpan? offset = null;
        var timeMatch = Time().Match(rest);
        if (timeMatch.Success
            && int.Parse(timeMatch.Groups["h"].Value, CultureInfo.InvariantCulture) is var h and < 24
            && int.Parse(timeMatch.Groups["m"].Value, CultureInfo.InvariantCulture) is var m and < 60)
        {
            time = new TimeOnly(h, m);
            offset = Offset(timeMatch.Groups["zone"].Value, timeMatch.Groups["shift"].Value);
            rest = rest.Remove(timeMatch.Index, timeMatch.Length).Insert(timeMatch.Index, " ");
        }
        rest = DayName().Replace(rest, " ");
        return new Found(new PublicationDate(day, time, time is null ? null : offset), rest.Trim());
    }

    // Four consecutive decimal digits (any script, as the regex class \d has it).
    private static bool HasFourDigits(string line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }
        return false;
    }

    private static (DateOnly Day, Match Match)? FindDate(string line)
    {
        foreach (var regex in new[] { Iso(), Numeric(), DayMonthYear(), MonthDayYear() })
        {
            for (var match = regex.Match(line); match.Success; match = match.NextMatch())
            {
                var month = match.Groups["mon"].Success
                    ? ReadingLexicon.All.Months.GetValueOrDefault(match.Groups["mon"].Value.TrimEnd('.'))
                    : int.Parse(match.Groups["mo"].Value, CultureInfo.InvariantCulture);
                var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                var dayOfMonth = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && dayOfMonth >= 1
                    && dayOfMonth <= DateTime.DaysInMonth(year, month))
                {
                    return (new DateOnly(year, month, dayOfMonth), match);
                }
            }
        }
        return null;
    }

    private static TimeSpan? Offset(string zone, string shift)
    {
        if (shift.Length > 0)
        {
            var sign = shift[0] == '-' ? -1 : 1;
            var parts = shift[1..].Split(':');
            var hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var minutes = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            return hours <= 14 && minutes < 60 ? sign * new TimeSpan(hours, minutes, 0) : null;
        }
        return zone.ToUpperInvariant() switch
        {
            "WIB" => TimeSpan.FromHours(7),
            "WITA" => TimeSpan.FromHours(8),
            "WIT" => TimeSpan.FromHours(9),
            "GMT" or "UTC" or "Z" => TimeSpan.Zero,
            _ => null,
        };
    }

    /// <summary>Matches "2024-06-20".</summary>
    [GeneratedRegex(@"\b(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    /// <summary>Matches "19/06/2024" and "19-06-2024" (day first).</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})[/-](?<mo>\d{1,2})[/-](?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    /// <summary>Matches "20 Jun 2024", "19 Juni 2024", "3 Sept. 2025".</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<mon>\p{L}{3,9}\.?)\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    /// <summary>Matches "June 20, 2024".</summary>
    [GeneratedRegex(@"\b(?<mon>\p{L}{3,9}\.?)\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    /// <summary>Matches "18:34 wib", "01.01 WIB", "T18:34+07:00", "10:00 GMT+7".</summary>
    [GeneratedRegex(@"(?<![\d.:])T?(?<h>\d{1,2})[:.](?<m>\d{2})(:\d{2})?(?![\d])\s*(?<zone>WIB|WITA|WIT|GMT|UTC|Z)?(?<shift>[+-]\d{1,2}(:\d{2})?)?\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    /// <summary>Matches a day name with its comma ("Rabu,", "Wednesday,").</summary>
    [GeneratedRegex(@"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayName();
}
