using System.Runtime.InteropServices;

namespace StudyKit.Extraction;

/// <summary>
/// The words of one article's text, scanned once (<see cref="TextScan.Words"/> over the whole text), so that the
/// words of any stretch are a slice instead of a new scan. A slice equals <c>TextScan.Words(Text, start, end)</c>:
/// where a bound cuts through a run of word characters ("Leif-|Eric", "dilansir|detikNews") the stretch is scanned
/// on its own instead, because a run read from a cut may split differently.
/// </summary>
internal sealed class ArticleWords
{
    private readonly List<Token> _all;

    /// <summary>The words of <paramref name="text"/>. With <paramref name="recycled"/> (the words of an article no longer
    /// read) its buffer is taken over instead of a new one made: articles are read one at a time, and an article's words
    /// take about as much memory as its text.</summary>
    public ArticleWords(string text, ArticleWords? recycled = null)
    {
        Text = text;
        _all = TextScan.Words(text, 0, text.Length, recycled?._all);
    }

    public string Text { get; }

    /// <summary>Every word of the text, in text order.</summary>
    public IReadOnlyList<Token> All => _all;

    /// <summary>The words of <see cref="Text"/>[start..end), as <see cref="TextScan.Words"/> gives them, without a copy where it can.</summary>
    public ReadOnlySpan<Token> Within(int start, int end)
    {
        if (end <= start)
        {
            return [];
        }
        return Range(start, end) is { } range
            ? CollectionsMarshal.AsSpan(_all).Slice(range.First, range.Count)
            : CollectionsMarshal.AsSpan(TextScan.Words(Text, start, end));
    }

    /// <summary>How many words <see cref="Text"/>[start..end) holds.</summary>
    public int Count(int start, int end)
    {
        if (end <= start)
        {
            return 0;
        }
        return Range(start, end) is { } range ? range.Count : TextScan.Words(Text, start, end).Count;
    }

    /// <summary>The index and number of the words inside [start, end), or null when a bound cuts a run of word characters.</summary>
    private (int First, int Count)? Range(int start, int end)
    {
        var first = FirstEndingAfter(start);
        if (first < _all.Count && (_all[first].Start < start || (_all[first].Start == start && first > 0 && _all[first - 1].End == start)))
        {
            return null; // "Leif-|Eric": start inside a word, or between two words split from one run ("dilansir|detikNews")
        }
        var last = FirstEndingAfter(end);
        if (last < _all.Count && (_all[last].Start < end || (_all[last].Start == end && last > 0 && _all[last - 1].End == end)))
        {
            return null;
        }
        return (first, Math.Max(0, last - first));
    }

    /// <summary>The index of the first word that ends after <paramref name="at"/> (words are sorted and disjoint): how many
    /// words end at or before it.</summary>
    public int FirstEndingAfter(int at)
    {
        var (low, high) = (0, _all.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_all[mid].End <= at)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
