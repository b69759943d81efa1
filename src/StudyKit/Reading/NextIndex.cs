using System.Buffers;

namespace StudyKit.Reading;

/// <summary>
/// Where the next character of a set (or string of a set) lies in a string, searching from an offset: the vectorised
/// <c>IndexOfAny</c> of a span, with its offset made an index of the string again and -1 for none.
/// </summary>
internal static class NextIndex
{
    /// <summary>The index of the first character of <paramref name="values"/> in <paramref name="text"/> at or after
    /// <paramref name="from"/>, or -1.</summary>
    public static int Of(string text, int from, SearchValues<char> values)
    {
        if (from >= text.Length)
        {
            return -1;
        }
        var next = text.AsSpan(from).IndexOfAny(values);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The index of the first occurrence of any of <paramref name="values"/> (strings) in <paramref name="text"/>
    /// starting at or after <paramref name="from"/>, or -1.</summary>
    public static int Of(string text, int from, SearchValues<string> values)
    {
        if (from >= text.Length)
        {
            return -1;
        }
        var next = text.AsSpan(from).IndexOfAny(values);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The index of the first character not in <paramref name="values"/> in <paramref name="text"/> at or
    /// after <paramref name="from"/>, or -1.</summary>
    public static int OfAnyExcept(string text, int from, SearchValues<char> values)
    {
        if (from >= text.Length)
        {
            return -1;
        }
        var next = text.AsSpan(from).IndexOfAnyExcept(values);
        return next < 0 ? -1 : from + next;
    }
}
