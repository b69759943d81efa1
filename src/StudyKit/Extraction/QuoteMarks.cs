using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Spans between double quote marks (“…”, "…", «…», „…“) in a text, found paragraph by paragraph.
/// A fallback for narrative scoring when no quotes were extracted: an unclosed mark runs to the end of
/// its paragraph, which errs on the side of removing too much narrative rather than too little.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Inner spans (marks excluded) of quoted text in <paramref name="article"/>, in text order.</summary>
    public static ImmutableArray<TextSpan> Spans(Article article)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var paragraph in article.Paragraphs)
        {
            Scan(article.Text, paragraph.Span, spans);
        }
        return spans.ToImmutable();
    }

    private static void Scan(string text, TextSpan paragraph, ImmutableArray<TextSpan>.Builder spans)
    {
        var open = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (open < 0 && (c == '“' || c == '«' || c == '„' || (c == '"' && !IsApostropheLike(text, i, paragraph))))
            {
                open = i + 1;
            }
            else if (open >= 0 && (c == '”' || c == '»' || c == '"' || (c == '“' && text[open - 1] == '„')))
            {
                if (i > open)
                {
                    spans.Add(new TextSpan(open, i));
                }
                open = -1;
            }
        }
        if (open >= 0 && open < paragraph.End)
        {
            spans.Add(new TextSpan(open, paragraph.End));
        }
    }

    // A straight mark between two letters (country"s) is a broken apostrophe, not an opening mark.
    private static bool IsApostropheLike(string text, int i, TextSpan paragraph) =>
        i > paragraph.Start && i + 1 < paragraph.End && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>True when <paramref name="span"/> overlaps any of the sorted <paramref name="quotes"/>.</summary>
    public static bool Overlaps(ImmutableArray<TextSpan> quotes, TextSpan span)
    {
        foreach (var quote in quotes)
        {
            if (quote.Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }
}
