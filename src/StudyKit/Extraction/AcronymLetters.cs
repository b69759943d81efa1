namespace StudyKit.Extraction;

/// <summary>
/// Schwartz–Hearst letter matching: every letter or digit of the short form is found in the long form,
/// right to left, and the first one at the start of a word ("Kementerian Perhubungan" ⊇ "Kemenhub",
/// "Stadion Utama Gelora Bung Karno" ⊇ "SUGBK"). Case-insensitive.
/// </summary>
internal static class AcronymLetters
{
    /// <summary>The index of the word where the long form starts among <paramref name="words"/>, or null when the
    /// letters of <paramref name="acronym"/> cannot be matched.</summary>
    public static int? Match(string acronym, IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words).ToLowerInvariant();
        var shortForm = acronym.ToLowerInvariant();
        var l = text.Length - 1;
        for (var s = shortForm.Length - 1; s >= 0; s--)
        {
            var c = shortForm[s];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }
            while (l >= 0 && (text[l] != c || s == 0 && l > 0 && char.IsLetterOrDigit(text[l - 1])))
            {
                l--;
            }
            if (l < 0)
            {
                return null;
            }
            if (s > 0)
            {
                l--;
            }
        }
        return text[..l].Count(ch => ch == ' ');
    }

    /// <summary>True when <paramref name="longForm"/> matches <paramref name="acronym"/> from its first word.</summary>
    public static int? Match(string acronym, string longForm) =>
        Match(acronym, longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is 0 ? 0 : null;
}
