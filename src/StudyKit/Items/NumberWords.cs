using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Small numbers written as words ("tiga gol", "two goals"), one table per language (index = value), so
/// that "____ gol" gets "dua gol", "empat gol"… rather than no distractors at all.
/// </summary>
internal static class NumberWords
{
    private static readonly ImmutableArray<string> Id =
        ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"];

    private static readonly ImmutableArray<string> En =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The answer with its number word replaced by the neighbours (±1, ±2, +3), nearest first.</summary>
    public static IEnumerable<string> Neighbours(string answer, ArticleLanguage language)
    {
        var table = language switch
        {
            ArticleLanguage.Id => Id,
            ArticleLanguage.En => En,
        };
        var words = answer.Split(' ');
        var at = Array.FindIndex(words, w => table.Contains(w.ToLowerInvariant()));
        if (at < 0)
        {
            yield break;
        }
        var value = table.IndexOf(words[at].ToLowerInvariant());
        // English nouns change with one ("one goal", "two goals"), so "one" is never swapped in or out.
        var singular = language == ArticleLanguage.En;
        if (singular && value == 1)
        {
            yield break;
        }
        foreach (var shift in new[] { 1, -1, 2, -2, 3 })
        {
            var other = value + shift;
            if (other >= (singular ? 2 : 1) && other < table.Length)
            {
                var word = table[other];
                var copy = (string[])words.Clone();
                copy[at] = char.IsUpper(words[at][0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
                yield return string.Join(' ', copy);
            }
        }
    }
}
