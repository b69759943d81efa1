using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>A word scanned by <see cref="WordScanner"/>: where its normalised letters lie in the scanner's buffer
/// and where the word lies in the text.</summary>
/// <param name="Offset">Offset of its first normalised character in <see cref="WordScanner"/>'s buffer.</param>
/// <param name="Length">Number of normalised characters.</param>
/// <param name="Start">Offset of the first character of the word in the text.</param>
/// <param name="End">Offset one past its last character in the text.</param>
internal readonly record struct ScannedWord(int Offset, int Length, int Start, int End);

/// <summary>
/// The tokeniser behind <see cref="Shingles.Tokens(string, TextSpan, TextSpan[])"/>: it writes the normalised words
/// of one text after another into one growing character buffer, so that a whole article is tokenised without a
/// string per word. Each <see cref="Scan"/> appends; <see cref="Clear"/> starts over and keeps the buffers.
/// </summary>
internal sealed class WordScanner
{
    private char[] _chars;
    private ScannedWord[] _words;
    private int _used;

    /// <summary>A scanner with room for texts of about <paramref name="characters"/> characters before it grows.</summary>
    public WordScanner(int characters = 256)
    {
        _chars = new char[Math.Max(16, characters)];
        // Words average five or six letters and a separator.
        _words = new ScannedWord[Math.Max(4, characters / 6)];
    }

    /// <summary>Words scanned since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The <paramref name="k"/>-th word.</summary>
    public ScannedWord this[int k] => _words[k];

    /// <summary>The normalised letters of the <paramref name="k"/>-th word (valid until the next scan).</summary>
    public ReadOnlySpan<char> Letters(int k) => _chars.AsSpan(_words[k].Offset, _words[k].Length);

    /// <summary>Forgets the words scanned so far.</summary>
    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    /// <summary>Appends the words of <paramref name="text"/>[<paramref name="span"/>] outside the sorted
    /// <paramref name="skipped"/> spans. Lower-cased, punctuation dropped, digit groups joined ("12,46" → "1246"),
    /// and a split-off clitic ("tim nya") joined back to the word before it in this span.</summary>
    public void Scan(string text, TextSpan span, TextSpan[] skipped)
    {
        var first = Count;
        // Skipped spans sorted by start, walked with a cursor as i only grows: linear in the text, not text × spans.
        var next = 0;
        var i = span.Start;
        while (i < span.End)
        {
            while (next < skipped.Length && skipped[next].End <= i)
            {
                next++;
            }
            if (next < skipped.Length && skipped[next].Start <= i)
            {
                i = skipped[next].End;
                continue;
            }
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var offset = _used;
            var digits = char.IsDigit(text[i]);
            while (i < span.End)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    Append(char.ToLowerInvariant(text[i]));
                }
                else if (!JoinsNumber(text, i, span, digits))
                {
                    break;
                }
                i++;
            }
            if (Count > first && _words[Count - 1].End >= start - 1 && IsClitic(_chars.AsSpan(offset, _used - offset)))
            {
                // The clitic's letters follow the previous word's in the buffer: widen that word over them.
                var previous = _words[Count - 1];
                _words[Count - 1] = previous with { Length = _used - previous.Offset, End = i };
                continue;
            }
            if (Count == _words.Length)
            {
                Array.Resize(ref _words, _words.Length * 2);
            }
            _words[Count++] = new ScannedWord(offset, _used - offset, start, i);
        }
    }

    private void Append(char c)
    {
        if (_used == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }
        _chars[_used++] = c;
    }

    private static bool IsClitic(ReadOnlySpan<char> word) => word is "nya" or "lah" or "kah";

    private static bool JoinsNumber(string text, int i, TextSpan span, bool digits) =>
        digits && (text[i] == '.' || text[i] == ',') && i + 1 < span.End && char.IsDigit(text[i + 1]) && i > span.Start && char.IsDigit(text[i - 1]);
}
