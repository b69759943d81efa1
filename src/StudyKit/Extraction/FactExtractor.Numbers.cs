using StudyKit.Reading;

namespace StudyKit.Extraction;

internal static partial class FactExtractor
{
    /// <summary>Numbers that carry a unit, a scale or a currency: "11.000 kontainer", "12,46%", "Rp 1,91 juta",
    /// "US$ 5 miliar", "75 juta perjalanan", "tiga jam". Bare numbers (scores, ordinals, years) are left out.</summary>
    private static void Numbers(Article article, List<Word> words, FactVocabulary vocabulary, List<Candidate> found)
    {
        var text = article.Text;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            decimal? value;
            if (word.IsNumeral)
            {
                if (IsPartOfOther(text, word) || i > 0 && words[i - 1].Lower is "pukul" or "at" or "no" or "nomor")
                {
                    continue;
                }
                value = NumberFormat.Parse(word.Text, article.Language);
            }
            else
            {
                value = vocabulary.NumberWords.TryGetValue(word.Lower, out var v) ? v : null;
            }
            if (value is null)
            {
                continue;
            }
            var (start, end, marked) = (word.Start, word.End, false);
            if (word.IsNumeral && i > 0 && FactVocabulary.CurrencySymbols.Contains(words[i - 1].Text) && OnlySpaces(text, words[i - 1].End, word.Start))
            {
                (start, marked) = (words[i - 1].Start, true);
            }
            var next = i + 1;
            if (next < words.Count && words[next].Text is "%" && words[next].Start == end)
            {
                (end, marked) = (words[next].End, true);
                next++;
            }
            (end, var unit) = Suffix(text, words, next, end, vocabulary, allowScaleOnly: word.IsNumeral);
            if (!marked && !unit)
            {
                continue;
            }
            Add(found, new Candidate(new TextSpan(start, end), FactKind.Number, value, Unit(text.AsSpan(start, word.Start - start), text.AsSpan(word.End, end - word.End))));
        }
    }

    /// <summary>Extends over a scale ("juta"), a currency ("dolar AS") or a unit ("kontainer", "per cent").</summary>
    private static (int End, bool Unit) Suffix(string text, List<Word> words, int next, int end, FactVocabulary vocabulary, bool allowScaleOnly)
    {
        var unit = false;
        bool Adjacent(int k) => k < words.Count && OnlySpaces(text, end, words[k].Start);
        if (Adjacent(next) && vocabulary.Scales.Contains(words[next].Lower))
        {
            (end, unit) = (words[next].End, allowScaleOnly);
            next++;
        }
        if (Adjacent(next) && vocabulary.Currencies.Contains(words[next].Lower))
        {
            (end, unit) = (words[next].End, true);
            next++;
            if (Adjacent(next) && words[next].Text is "AS" or "US" or "Amerika")
            {
                end = words[next].End;
            }
            return (end, unit);
        }
        if (Adjacent(next) && next + 1 < words.Count && IsTwoWordUnit(words[next], words[next + 1], vocabulary))
        {
            return (words[next + 1].End, true);
        }
        if (Adjacent(next) && vocabulary.Units.Contains(words[next].Lower))
        {
            return (words[next].End, true);
        }
        return (end, unit);
    }

    // "per cent": the two words lower-cased and joined by one space, whatever space the text has between them.
    private static bool IsTwoWordUnit(Word first, Word second, FactVocabulary vocabulary)
    {
        var length = first.Lower.Length + 1 + second.Lower.Length;
        Span<char> pair = length <= 64 ? stackalloc char[length] : new char[length];
        first.Lower.CopyTo(pair);
        pair[first.Lower.Length] = ' ';
        second.Lower.CopyTo(pair[(first.Lower.Length + 1)..]);
        return vocabulary.Units.Contains(pair);
    }

    // "19/6", "06.15" after "pukul", "ke-55", "1-0", "COVID-19" and digits glued to letters are not quantities.
    private static bool IsPartOfOther(string text, Word word) =>
        word.Start > 0 && (text[word.Start - 1] is '/' or '-' or ':' || char.IsLetter(text[word.Start - 1]))
        || word.End < text.Length && (text[word.End] is '/' or ':' || char.IsLetter(text[word.End]));

    /// <summary>The unit as written, before and after the number, with each run of white space made one space and
    /// none at the ends: "Rp  " → "Rp", " juta\n dolar" → "juta dolar".</summary>
    private static string Unit(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var length = before.Length + after.Length;
        Span<char> written = length <= 256 ? stackalloc char[length] : new char[length];
        before.CopyTo(written);
        after.CopyTo(written[before.Length..]);
        return Whitespace.SingleSpaced(written);
    }
}
