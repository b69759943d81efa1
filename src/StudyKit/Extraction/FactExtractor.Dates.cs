using System.Globalization;
using StudyKit.Reading;

namespace StudyKit.Extraction;

internal static partial class FactExtractor
{
    /// <summary>"Rabu (19/6/2024)", "19 Juni 2024", "Juli 2000", "June 19, 2024", "tahun 2006" (answer: the year).</summary>
    private static void Dates(string text, TextSpan sentence, List<Word> words, FactVocabulary vocabulary, List<Candidate> found)
    {
        var sentenceText = text.AsSpan(sentence.Start, sentence.Length);
        // Every numeric date holds a slash: most sentences need no regex run at all.
        if (sentenceText.Contains('/'))
        {
            NumericDates(text, sentence, sentenceText, words, found);
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsCapitalised && FactVocabulary.AllMonths.ContainsKey(words[i].Lower))
            {
                MonthDate(text, words, i, vocabulary, found);
            }
        }
        for (var i = 1; i < words.Count; i++)
        {
            if (IsYear(words[i]) && FactVocabulary.AllYearIntroducers.Contains(words[i - 1].Lower) && OnlySpaces(text, words[i - 1].End, words[i].Start))
            {
                Add(found, new Candidate(new TextSpan(words[i].Start, words[i].End), FactKind.Date));
            }
        }
    }

    private static void NumericDates(string text, TextSpan sentence, ReadOnlySpan<char> sentenceText, List<Word> words, List<Candidate> found)
    {
        foreach (var match in NumericDatePattern().EnumerateMatches(sentenceText))
        {
            var start = sentence.Start + match.Index;
            var end = start + match.Length;
            var before = words.FindLastIndex(w => w.End <= start);
            if (before >= 0 && FactVocabulary.AllDays.Contains(words[before].Lower) && OnlySpaces(text, words[before].End, start, allowComma: true))
            {
                start = words[before].Start;
            }
            Add(found, new Candidate(new TextSpan(start, end), FactKind.Date));
        }
    }

    private static void MonthDate(string text, List<Word> words, int i, FactVocabulary vocabulary, List<Candidate> found)
    {
        var (first, last) = (i, i);
        if (i > 0 && IsDay(words[i - 1]) && OnlySpaces(text, words[i - 1].End, words[i].Start))
        {
            first = i - 1;
        }
        else if (i + 1 < words.Count && IsDay(words[i + 1]) && OnlySpaces(text, words[i].End, words[i + 1].Start))
        {
            last = i + 1;
        }
        if (last + 1 < words.Count && IsYear(words[last + 1]) && OnlySpaces(text, words[last].End, words[last + 1].Start, allowComma: true))
        {
            last++;
        }
        if (first == last)
        {
            return;
        }
        if (first > 0 && FactVocabulary.AllDays.Contains(words[first - 1].Lower) && OnlySpaces(text, words[first - 1].End, words[first].Start, allowComma: true))
        {
            first--;
        }
        Add(found, new Candidate(new TextSpan(words[first].Start, words[last].End), FactKind.Date));
    }

    private static bool IsDay(Word word) =>
        word.Text.Length <= 2 && int.TryParse(word.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    private static bool IsYear(Word word) =>
        word.Text.Length == 4 && int.TryParse(word.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2199;

    private static void Add(List<Candidate> found, Candidate candidate)
    {
        if (Free(found, candidate.Span))
        {
            found.Add(candidate);
        }
    }
}
