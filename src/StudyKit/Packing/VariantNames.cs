using System.Globalization;
using System.Text;

namespace StudyKit.Packing;

/// <summary>Variant codes and file-system-safe, unique file stems.</summary>
internal static class VariantNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>"A", "B", … "Z", "AA" for lettered variants; "01", "02" … for a roster.</summary>
    public static string Code(PackOptions options, int index) => options.Roster.IsEmpty
        ? Reading.ArticleLabel.FromIndex(index).Value
        : (index + 1).ToString(options.Roster.Length >= 100 ? "000" : "00", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> FileStems(PackOptions options, int count)
    {
        var stems = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var code = Code(options, i);
            stems.Add(options.Roster.IsEmpty ? $"variant-{code}" : $"{code}-{Safe(options.Roster[i].Name)}");
        }
        return stems;
    }

    /// <summary>ASCII letters, digits and dashes only, at most 40 characters; never a reserved device name.</summary>
    public static string Safe(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : '-');
        }
        var safe = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (safe.Length > 40)
        {
            safe = safe[..40].TrimEnd('-');
        }
        if (safe.Length == 0)
        {
            return "student";
        }
        return Reserved.Contains(safe) ? "student-" + safe : safe;
    }
}
