using System.Buffers;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// A quoted stretch in an article's text, marks excluded and whitespace trimmed. <see cref="Open"/> and
/// <see cref="Close"/> are the offsets of the marks, or -1 where the source left a mark out and the span was
/// repaired (an orphan close at paragraph start, a quote running to the paragraph end).
/// </summary>
internal readonly record struct QuoteSpan(int Paragraph, int Start, int End, int Open, int Close);

/// <summary>
/// Pairs double quote marks paragraph by paragraph, repairing odd marks locally and never giving up on an
/// article. Curly and guillemet marks have a direction; a straight mark is read from its neighbours:
/// space before and a letter after opens (<c>were. "What</c>), a letter before and space after closes.
/// Single quotes stay inside the double-quoted text (nested speech) and never open a quote themselves.
/// </summary>
internal static class QuoteSpanFinder
{
    private enum MarkKind { Open, Close, Straight }

    private static readonly SearchValues<char> SingleMarks = SearchValues.Create("‘’");

    public static List<QuoteSpan> Find(Article article)
    {
        var spans = new List<QuoteSpan>();
        var marks = new List<(int At, MarkKind Kind)>();
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            marks.Clear();
            FindIn(article.Text, p, article.Paragraphs[p].Span, marks, spans);
        }
        return spans;
    }

    private static void FindIn(string text, int paragraph, TextSpan bounds, List<(int At, MarkKind Kind)> marks, List<QuoteSpan> spans)
    {
        var singles = !text.AsSpan(bounds.Start, bounds.Length).ContainsAny(TextScan.DoubleMarks);
        // Only marks matter: jump from one to the next (single marks count only where no double mark is written).
        var wanted = singles ? SingleMarks : TextScan.DoubleMarks;
        for (var i = bounds.Start; i < bounds.End; i++)
        {
            var next = text.AsSpan(i, bounds.End - i).IndexOfAny(wanted);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (singles && text[i] is '‘' or '’' && !IsApostrophe(text, bounds, i))
            {
                // A paragraph with no double marks may quote speech in curly single marks: ‘…,’ kata X.
                marks.Add((i, text[i] == '‘' ? MarkKind.Open : MarkKind.Close));
                continue;
            }
            switch (text[i])
            {
                case '“' or '«' or '„':
                    marks.Add((i, MarkKind.Open));
                    break;
                case '”' or '»' or '‟':
                    marks.Add((i, MarkKind.Close));
                    break;
                case '"':
                    marks.Add((i, MarkKind.Straight));
                    break;
            }
        }
        if (singles && marks.Count(m => m.Kind == MarkKind.Open) != marks.Count(m => m.Kind == MarkKind.Close))
        {
            return; // unbalanced single marks are apostrophes ("students’ union"), not speech
        }
        var open = -1;
        var lastClose = bounds.Start - 1;
        for (var k = 0; k < marks.Count; k++)
        {
            var (at, kind) = marks[k];
            var remaining = marks.Count - k;
            var opens = kind switch
            {
                MarkKind.Open => true,
                MarkKind.Close => false,
                _ => open < 0 ? !(IsCloserShaped(text, bounds, at) && remaining % 2 == 1) : IsOpenerShaped(text, bounds, at),
            };
            if (opens)
            {
                if (open >= 0)
                {
                    // Merged paragraphs: `… once were. "What …` ends the open quote and starts the next.
                    Add(text, paragraph, open + 1, at, open, -1, spans);
                }
                open = at;
            }
            else if (open >= 0)
            {
                Add(text, paragraph, open + 1, at, open, at, spans);
                open = -1;
                lastClose = at;
            }
            else
            {
                // Orphan close: the opening mark is missing; the quote starts after the last close or at the paragraph start.
                Add(text, paragraph, lastClose + 1, at, -1, at, spans);
                lastClose = at;
            }
        }
        if (open >= 0)
        {
            Add(text, paragraph, open + 1, bounds.End, open, -1, spans);
        }
    }

    // "don’t", "Jum’at": a letter on both sides makes ’ an apostrophe.
    private static bool IsApostrophe(string text, TextSpan bounds, int at) =>
        at > bounds.Start && at + 1 < bounds.End && char.IsLetter(text[at - 1]) && char.IsLetter(text[at + 1]);

    private static bool IsOpenerShaped(string text, TextSpan bounds, int at)
    {
        var before = at > bounds.Start ? text[at - 1] : ' ';
        var after = at + 1 < bounds.End ? text[at + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–') && char.IsLetterOrDigit(after);
    }

    private static bool IsCloserShaped(string text, TextSpan bounds, int at)
    {
        var before = at > bounds.Start ? text[at - 1] : ' ';
        var after = at + 1 < bounds.End ? text[at + 1] : ' ';
        return !char.IsWhiteSpace(before) && before is not ('(' or '[') && !char.IsLetterOrDigit(after);
    }

    private static void Add(string text, int paragraph, int start, int end, int open, int close, List<QuoteSpan> spans)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || (open < 0 && text[start] is ',' or '.')))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" .,!?…-–—'’‘"))
        {
            spans.Add(new QuoteSpan(paragraph, start, end, open, close));
        }
    }
}
