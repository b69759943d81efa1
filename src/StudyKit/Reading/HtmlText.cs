using System.Net;
using System.Text.RegularExpressions;

namespace StudyKit.Reading;

/// <summary>
/// Turns an HTML article into plain lines before reading: scripts, styles and comments are dropped, block
/// elements end a line, other tags vanish and entities are decoded. Line numbers of noise then refer to
/// these lines. Every pattern is linear (no nested quantifiers).
/// </summary>
internal static partial class HtmlText
{
    /// <summary>True when <paramref name="path"/> names an HTML file or the text starts like one.</summary>
    public static bool IsHtml(string path, string text)
    {
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text of <paramref name="html"/>, one block per line.</summary>
    public static string ToPlainText(string html)
    {
        var text = Invisible().Replace(html, string.Empty);
        text = Head().Replace(text, string.Empty);
        text = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
        text = BlockBoundary().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>Matches script, style, noscript, template elements and comments.</summary>
    [GeneratedRegex(@"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Invisible();

    /// <summary>Matches meta and link tags of the document head.</summary>
    [GeneratedRegex(@"<(meta|link)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Head();

    /// <summary>Matches tags that end a block: paragraphs, headings, list items, divs, line breaks, table rows.</summary>
    [GeneratedRegex(@"<\s*(br|/p|p|/h[1-6]|h[1-6]|/li|li|/div|div|/tr|/blockquote|blockquote|/figcaption|figcaption|/title|/header|/footer|/article|/section|hr)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockBoundary();

    /// <summary>Matches any remaining tag.</summary>
    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
