using System.Collections.Frozen;
using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// The sentences of an article: the reader's when it gave any, otherwise a small splitter of our own that
/// ends a sentence at <c>. ! ?</c> followed by a space and a capital, digit or opening mark, but not after
/// an abbreviation ("Dr.", "Jl.", "Rp.", a single initial), inside a number ("11.000") or inside quote marks.
/// </summary>
internal static class SentenceSpans
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "jl", "jln", "no", "rp", "tbk", "kec", "kab", "st",
        "mr", "mrs", "ms", "mt", "sen", "rep", "gen", "col", "lt", "gov", "jr", "sr", "vs", "etc", "inc", "co",
        "dkk", "dll", "dsb", "dst", "sdr", "bpk", "u.s", "a.s", "jan", "feb", "mar", "apr", "agu", "ags",
        "sep", "sept", "okt", "oct", "nov", "des", "dec", "pt", "cv",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Sentences of <paramref name="article"/> in text order, each inside one paragraph.</summary>
    public static ImmutableArray<Sentence> Of(Article article)
    {
        if (!article.Sentences.IsDefaultOrEmpty)
        {
            return article.Sentences;
        }
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var quotes = QuoteMarks.Spans(article);
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var span in Split(article.Text, paragraph.Span, quotes))
            {
                sentences.Add(new Sentence(paragraph.Number, span, article.Text[span.Start..span.End]));
            }
        }
        return sentences.ToImmutable();
    }

    private static IEnumerable<TextSpan> Split(string text, TextSpan paragraph, ImmutableArray<TextSpan> quotes)
    {
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if ((c != '.' && c != '!' && c != '?') || !EndsHere(text, i, paragraph, quotes))
            {
                continue;
            }
            var end = i + 1;
            while (end < paragraph.End && IsClosing(text[end]))
            {
                end++;
            }
            var trimmed = Trim(text, start, end);
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
            start = end;
            i = end - 1;
        }
        var last = Trim(text, start, paragraph.End);
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static bool EndsHere(string text, int i, TextSpan paragraph, ImmutableArray<TextSpan> quotes)
    {
        var next = i + 1;
        while (next < paragraph.End && IsClosing(text[next]))
        {
            next++;
        }
        if (next >= paragraph.End)
        {
            return false;
        }
        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        while (next < paragraph.End && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next >= paragraph.End)
        {
            return false;
        }
        var after = text[next];
        if (!char.IsUpper(after) && !char.IsDigit(after) && after != '"' && after != '“' && after != '(')
        {
            return false;
        }
        if (text[i] == '.' && IsAbbreviation(text, i, paragraph))
        {
            return false;
        }
        // Inside a quote the sentence goes on: the quote ends with the mark, not with its full stop.
        return !quotes.Any(q => q.Start <= i && i + 1 < q.End);
    }

    private static bool IsAbbreviation(string text, int dot, TextSpan paragraph)
    {
        var start = dot;
        while (start > paragraph.Start && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        var word = text[start..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word.ToLowerInvariant());
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or '»';

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, end);
    }
}
