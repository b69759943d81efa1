using System.Text;

namespace StudyKit.Export;

/// <summary>
/// Minimal HTML for text exports: escapes <c>&amp; &lt; &gt; "</c> only (non-ASCII stays as is, so no numeric
/// entities appear that GIFT would have to escape), turns line breaks into <c>&lt;br&gt;</c> and tabs into
/// spaces, and drops characters XML cannot carry.
/// </summary>
internal static class Html
{
    public static string Encode(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\t': html.Append(' '); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n': html.Append("<br>"); break;
                default: AppendXmlChar(html, text, ref i); break;
            }
        }
        return html.ToString();
    }

    /// <summary>Plain text on one line: line breaks and tabs become single spaces, runs of spaces collapse.</summary>
    public static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = line.Length > 0;
                continue;
            }
            if (space)
            {
                line.Append(' ');
                space = false;
            }
            AppendXmlChar(line, text, ref i);
        }
        return line.ToString();
    }

    /// <summary>Text without the characters XML 1.0 forbids (control characters, lone surrogates).</summary>
    public static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\t' or '\n' or '\r')
            {
                safe.Append(text[i]);
                continue;
            }
            AppendXmlChar(safe, text, ref i);
        }
        return safe.ToString();
    }

    private static void AppendXmlChar(StringBuilder to, string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            to.Append(c).Append(text[++i]);
        }
        else if (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF')
        {
            to.Append(c);
        }
    }
}
