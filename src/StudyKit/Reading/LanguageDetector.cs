namespace StudyKit.Reading;

/// <summary>Indonesian or English by counting each language's stop words; ties go to Indonesian.</summary>
internal static class LanguageDetector
{
    /// <summary>The language of <paramref name="texts"/>.</summary>
    public static ArticleLanguage Detect(IEnumerable<string> texts)
    {
        var id = 0;
        var en = 0;
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
                    var word = text[start..i].ToLowerInvariant();
                    id += ReadingLexicon.Id.StopWords.Contains(word) ? 1 : 0;
                    en += ReadingLexicon.En.StopWords.Contains(word) ? 1 : 0;
                    start = -1;
                }
            }
        }
        return en > id ? ArticleLanguage.En : ArticleLanguage.Id;
    }
}
