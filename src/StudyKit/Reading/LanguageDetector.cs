using System.Collections.Frozen;

namespace StudyKit.Reading;

/// <summary>Indonesian or English by counting each language's stop words; ties go to Indonesian.</summary>
internal static class LanguageDetector
{
    private const int Indonesian = 1;
    private const int English = 2;

    // Both languages' stop words in one table (a word may be in both), looked up by span.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        ReadingLexicon.Id.StopWords.Concat(ReadingLexicon.En.StopWords).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(
                w => w,
                w => (ReadingLexicon.Id.StopWords.Contains(w) ? Indonesian : 0) | (ReadingLexicon.En.StopWords.Contains(w) ? English : 0),
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-casing keeps the length, so a word of another length is no stop word and is not looked up.
    private static readonly int ShortestStopWord = StopWords.Dictionary.Keys.Min(w => w.Length);
    private static readonly int LongestStopWord = StopWords.Dictionary.Keys.Max(w => w.Length);

    /// <summary>The language of <paramref name="texts"/>.</summary>
    public static ArticleLanguage Detect(IEnumerable<string> texts)
    {
        var id = 0;
        var en = 0;
        Span<char> lower = stackalloc char[LongestStopWord];
        foreach (var text in texts)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    var length = i - start;
                    if (length >= ShortestStopWord && length <= LongestStopWord
                        && StopWords.TryGetValue(lower[..text.AsSpan(start, length).ToLowerInvariant(lower)], out var languages))
                    {
                        id += (languages & Indonesian) != 0 ? 1 : 0;
                        en += (languages & English) != 0 ? 1 : 0;
                    }
                    start = -1;
                }
            }
        }
        return en > id ? ArticleLanguage.En : ArticleLanguage.Id;
    }
}
