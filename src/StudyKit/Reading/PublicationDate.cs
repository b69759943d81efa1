using System.Globalization;

namespace StudyKit.Reading;

/// <summary>When an article was published: a date, with the time and UTC offset where the text gives them.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Time">The local time, or null when not given.</param>
/// <param name="Offset">The UTC offset (WIB is +07:00), or null when not given.</param>
public sealed record PublicationDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>ISO 8601: <c>2024-06-20</c>, <c>2024-06-20T18:34</c> or <c>2024-06-20T18:34+07:00</c>.</summary>
    public override string ToString()
    {
        var text = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is { } t)
        {
            text += "T" + t.ToString("HH:mm", CultureInfo.InvariantCulture);
            if (Offset is { } o)
            {
                text += (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            }
        }
        return text;
    }

    /// <summary>Parses the form written by <see cref="ToString"/>; null when <paramref name="text"/> is not one.</summary>
    public static PublicationDate? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length < 10
            || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }
        if (text.Length < 16 || text[10] != 'T'
            || !TimeOnly.TryParseExact(text[11..16], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return text.Length == 10 ? new PublicationDate(date) : null;
        }
        if (text.Length == 22 && (text[16] == '+' || text[16] == '-')
            && TimeSpan.TryParseExact(text[17..], @"hh\:mm", CultureInfo.InvariantCulture, out var offset))
        {
            return new PublicationDate(date, time, text[16] == '-' ? -offset : offset);
        }
        return text.Length == 16 ? new PublicationDate(date, time) : null;
    }
}
