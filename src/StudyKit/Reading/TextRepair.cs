using System.Buffers;
using System.Text;

namespace StudyKit.Reading;

/// <summary>
/// Character-level repair of a decoded source line: mojibake (UTF-8 read as cp1252, "Ã©" → "é",
/// "â€œ" → "“"), NFC, invisible characters and unusual spaces. Line structure is never changed, so line
/// numbers stay those of the source.
/// </summary>
internal static class TextRepair
{
    // cp1252 bytes 0x80–0x9F; 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined there and kept as C1 controls,
    // as ftfy does, so "â€\u009d" still repairs to "”".
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly Dictionary<char, byte> Cp1252Bytes = BuildCp1252();

    // Characters the slow path of Line rewrites: controls, unusual spaces, invisible characters.
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\v\f\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0085\u008D\u008F\u0090\u009D\u00A0\u00AD\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u200B\u200C\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF");

    // The control characters LooksBinary counts (NUL among them): not line breaks, tabs or form feeds, nor
    // the C1 codes that cp1252 leaves undefined and mis-decoded text therefore keeps.
    private static readonly SearchValues<char> CountedControls = SearchValues.Create(
        Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f') && c is not ('\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D'))
            .ToArray());

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Splits on LF, CRLF or a lone CR.</summary>
    public static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>True when the text holds NUL or more control characters than text plausibly has.</summary>
    public static bool LooksBinary(string text)
    {
        var controls = 0;
        var span = text.AsSpan();
        for (var next = span.IndexOfAny(CountedControls); next >= 0; next = span.IndexOfAny(CountedControls))
        {
            if (span[next] == '\0')
            {
                return true;
            }
            controls++;
            span = span[(next + 1)..];
        }
        return controls >= 4 && controls * 100 > text.Length;
    }

    /// <summary>
    /// <paramref name="line"/> with every unpaired surrogate replaced by U+FFFD, as a decoder would have done:
    /// normalisation throws on them. The CLI's decoders never produce one, but a caller of the library can.
    /// </summary>
    internal static string WithoutLoneSurrogates(string line)
    {
        if (!line.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return line;
        }
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    /// <summary>The repaired line: mojibake undone, NFC, spaces normalised and trimmed.</summary>
    public static string Line(string line)
    {
        var repaired = RepairMojibake(WithoutLoneSurrogates(line));
        if (repaired.AsSpan().IndexOfAny(Unusual) < 0 && !repaired.Contains("  ", StringComparison.Ordinal))
        {
            // Fast path: nothing to normalise but the ends (most lines).
            var trimmed = repaired.Trim();
            return Nfc(trimmed);
        }
        var builder = new StringBuilder(repaired.Length);
        var lastSpace = false;
        foreach (var c in repaired)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }
            var space = c is ' ' or '\t' or '\u00A0' or '\u2007' or '\u202F' or '\f' || (char.IsWhiteSpace(c) && c != '\n');
            if (space)
            {
                if (!lastSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
        var result = builder.ToString().Trim();
        return Nfc(result);
    }

    /// <summary>
    /// <paramref name="text"/> in Unicode normalisation form C. Text of characters below U+0300 (Latin letters with
    /// their accents precomposed, digits, ASCII punctuation) and of the dashes, quotes and ellipsis of U+2010–U+2027
    /// is NFC already: none of them decomposes or combines with another. So most lines of news skip the ICU call.
    /// </summary>
    internal static string Nfc(string text)
    {
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAnyExceptInRange('\u0000', '\u02FF'); i >= 0; i = rest.IndexOfAnyExceptInRange('\u0000', '\u02FF'))
        {
            if (rest[i] is not (>= '\u2010' and <= '\u2027'))
            {
                return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            }
            rest = rest[(i + 1)..];
        }
        return text;
    }

    /// <summary>
    /// Re-encodes each run of cp1252-range characters as cp1252 and decodes it as UTF-8, keeping the result
    /// only when it is valid and has fewer mojibake markers (Ã, Â, â, Ä, Å) than the run.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        if (text.AsSpan().IndexOfAny("ÃÂâÄÅ") < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!Cp1252Bytes.ContainsKey(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && Cp1252Bytes.ContainsKey(text[i]))
            {
                i++;
            }
            var run = text[start..i];
            builder.Append(TryRepairRun(run) ?? run);
        }
        return builder.ToString();
    }

    private static string? TryRepairRun(string run)
    {
        if (run.Length < 2 || Markers(run) == 0)
        {
            return null;
        }
        var bytes = new byte[run.Length];
        for (var k = 0; k < run.Length; k++)
        {
            bytes[k] = Cp1252Bytes[run[k]];
        }
        try
        {
            var decoded = StrictUtf8.GetString(bytes);
            return Markers(decoded) < Markers(run) ? decoded : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int Markers(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is 'Ã' or 'Â' or 'â' or 'Ä' or 'Å')
            {
                count++;
            }
        }
        return count;
    }

    private static Dictionary<char, byte> BuildCp1252()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            map[Cp1252High[b - 0x80]] = (byte)b;
        }
        for (var b = 0xA0; b <= 0xFF; b++)
        {
            map[(char)b] = (byte)b;
        }
        return map;
    }
}
