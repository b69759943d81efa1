using System.Buffers;
using System.Text;

namespace StudyKit.Reading;

/// <summary>
/// White space as <see cref="char.IsWhiteSpace(char)"/> and the regex class <c>\s</c> define it (they agree),
/// found with a vectorised search instead of a regex.
/// </summary>
internal static class Whitespace
{
    // Every white-space character, taken from char.IsWhiteSpace itself (one pass over the 65,536 characters).
    private static readonly char[] All =
        Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray();

    private static readonly SearchValues<char> Chars = SearchValues.Create(All);

    // Every white-space character but the plain space.
    private static readonly SearchValues<char> OtherThanSpace = SearchValues.Create(All.Where(c => c != ' ').ToArray());

    /// <summary>
    /// <paramref name="text"/> with every run of two or more white-space characters replaced by one space
    /// (a single one is kept as it is), then trimmed: what <c>Regex.Replace(text, @"\s{2,}", " ").Trim()</c> gives.
    /// </summary>
    public static string Collapse(string text)
    {
        // A run of two needs either two spaces or some other white-space character: most lines have neither.
        if (!text.Contains("  ", StringComparison.Ordinal) && text.AsSpan().IndexOfAny(OtherThanSpace) < 0)
        {
            return text.Trim();
        }
        var first = FirstRun(text, 0);
        if (first < 0)
        {
            return text.Trim();
        }
        var builder = new StringBuilder(text.Length);
        var position = 0;
        for (var run = first; run >= 0; run = FirstRun(text, position))
        {
            var end = run + 2;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            builder.Append(text, position, run - position).Append(' ');
            position = end;
        }
        builder.Append(text, position, text.Length - position);
        return builder.ToString().Trim();
    }

    /// <summary>
    /// <paramref name="text"/> with every run of white space (one character or more) made one space, and none at the
    /// ends: what <c>Regex.Replace(text, @"\s+", " ").Trim()</c> gives. Unlike <see cref="Collapse"/>, a single tab or
    /// line break becomes a space too: " juta\n dolar" → "juta dolar".
    /// </summary>
    public static string SingleSpaced(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            buffer[length++] = c;
        }
        return new string(buffer[..length]);
    }

    // The start of the first run of at least two white-space characters at or after from, or -1.
    private static int FirstRun(string text, int from)
    {
        // A white-space character followed by another starts a run; one followed by anything else lets the search
        // go on after that other character.
        for (var i = NextIndex.Of(text, from, Chars); i >= 0; i = NextIndex.Of(text, i + 2, Chars))
        {
            if (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                return i;
            }
        }
        return -1;
    }
}
