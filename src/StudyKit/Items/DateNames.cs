using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>Month and weekday names per language, for shifting dates as the article writes them.</summary>
/// <param name="Months">January first.</param>
/// <param name="Weekdays">Sunday first (as <see cref="DayOfWeek"/>).</param>
internal sealed record DateNames(ImmutableArray<string> Months, ImmutableArray<string> Weekdays)
{
    public static DateNames Id { get; } = new(
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
        ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]);

    public static DateNames En { get; } = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);

    public static DateNames For(ArticleLanguage language) => language switch
    {
        ArticleLanguage.Id => Id,
        ArticleLanguage.En => En,
    };

    /// <summary>1-based month of <paramref name="word"/> ("Juni" → 6, "Jun" → 6), or 0.</summary>
    public int Month(string word)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (string.Equals(Months[i], word, StringComparison.OrdinalIgnoreCase)
                || (word.Length == 3 && Months[i].StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>The weekday index of <paramref name="word"/> ("Rabu" → 3), or -1.</summary>
    public int Weekday(string word)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (string.Equals(Weekdays[i], word, StringComparison.OrdinalIgnoreCase)
                || (string.Equals(word, "Jum'at", StringComparison.OrdinalIgnoreCase) && i == 5))
            {
                return i;
            }
        }
        return -1;
    }
}
