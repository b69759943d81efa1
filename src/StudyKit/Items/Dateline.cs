using System.Text.RegularExpressions;

namespace StudyKit.Items;

/// <summary>
/// The dateline that opens a news paragraph ("MOSKOW - ", "KONTAN.CO.ID - SEOUL. ", "JAKARTA, KOMPAS.com - ")
/// belongs to the article, not to the sentence; shown alone it is noise, and it hints at the outlet.
/// </summary>
internal static partial class Dateline
{
    /// <summary><paramref name="sentence"/> without a leading dateline.</summary>
    public static string Strip(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var match = DatelineRegex().Match(sentence);
        return match.Success && match.Length < sentence.Length ? sentence[match.Length..] : sentence;
    }

    // Capitals (with dots, commas and a mixed-case site name such as "KOMPAS.com"), then a dash:
    // "MOSKOW - ", "KONTAN.CO.ID - SEOUL. ", "JAKARTA, KOMPAS.com - ".
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{Lu}\p{Ll}.]*[\s,.]*){1,4}?\s*[-–—]\s+(?:[\p{Lu}]{3,}\.\s+)?")]
    private static partial Regex DatelineRegex();
}
