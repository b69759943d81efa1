namespace StudyKit.Items;

/// <summary>Splits a list into matching groups of three to five, as even as possible (7 → 4 + 3, 13 → 5 + 4 + 4).</summary>
internal static class MatchGroups
{
    public const int Min = 3;
    public const int Max = 5;

    public static IEnumerable<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items)
    {
        var n = items.Count;
        if (n < Min)
        {
            yield break;
        }
        var groups = Math.Max(1, (int)Math.Round(n / 4.0, MidpointRounding.AwayFromZero));
        while (n > Max * groups)
        {
            groups++;
        }
        while (groups > 1 && n < Min * groups)
        {
            groups--;
        }
        var at = 0;
        for (var g = 0; g < groups; g++)
        {
            var size = (n / groups) + (g < n % groups ? 1 : 0);
            yield return items.Skip(at).Take(size).ToList();
            at += size;
        }
    }
}
