using System.Globalization;
using System.Text;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Measures with the real fonts. Text is normalised to NFC (so "e" + combining acute becomes "é"); a grapheme
/// cluster the font cannot draw — an emoji, or right-to-left script that would need shaping — becomes a
/// visible placeholder (□) instead of an invisible gap or a crash.
/// </summary>
internal sealed class SkiaTextMeasurer(FontSet fonts) : ITextMeasurer
{
    private readonly Dictionary<(string, TextStyle), float> widths = [];

    public string Placeholder { get; } = "□";

    public string Prepare(string text, TextStyle style)
    {
        using var font = fonts.Font(style);
        var normal = text.Normalize(NormalizationForm.FormC).Replace('\t', ' ').Replace('\r', ' ');
        var builder = new StringBuilder(normal.Length);
        foreach (var grapheme in Paragraph.Graphemes(normal))
        {
            var visible = Visible(grapheme);
            if (visible.Length > 0)
            {
                builder.Append(Drawable(visible, font) ? visible : Placeholder);
            }
        }
        return builder.ToString();
    }

    public float Width(string text, TextStyle style)
    {
        if (!widths.TryGetValue((text, style), out var width))
        {
            using var font = fonts.Font(style);
            width = font.MeasureText(text);
            widths[(text, style)] = width;
        }
        return width;
    }

    public (float Ascent, float Descent) Metrics(TextStyle style)
    {
        using var font = fonts.Font(style);
        font.GetFontMetrics(out var metrics);
        return (-metrics.Ascent, metrics.Descent);
    }

    /// <summary>The grapheme without invisible format and control characters (zero-width space, soft hyphen,
    /// byte-order mark, direction marks, joiners), which scraped articles are full of and no font draws.</summary>
    private static string Visible(string grapheme)
    {
        if (grapheme == "\n")
        {
            return grapheme;
        }
        var builder = new StringBuilder(grapheme.Length);
        foreach (var c in grapheme)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.Format or UnicodeCategory.Control))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool Drawable(string grapheme, SkiaSharp.SKFont font)
    {
        if (grapheme is "\n" or " ")
        {
            return true;
        }
        for (var i = 0; i < grapheme.Length; i += char.IsSurrogatePair(grapheme, i) ? 2 : 1)
        {
            var codepoint = char.ConvertToUtf32(grapheme, i);
            if (RightToLeft(codepoint) || !font.ContainsGlyph(codepoint))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Hebrew, Arabic, Syriac, Thaana, NKo and the Arabic/Hebrew presentation forms: drawing them
    /// glyph by glyph, left to right and unshaped, would print them wrongly, so they become placeholders.</summary>
    private static bool RightToLeft(int codepoint) =>
        codepoint is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);
}
