using System.Globalization;
using System.Text;
using SkiaSharp;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Measures with the real fonts. Text is normalised to NFC (so "e" + combining acute becomes "é"); a grapheme
/// cluster the font cannot draw — an emoji, or right-to-left script that would need shaping — becomes a
/// visible placeholder (□) instead of an invisible gap or a crash.
/// <para>
/// A pack measures the same words and styles thousands of times (every worksheet repeats the articles), so
/// prepared text, widths, metrics and the Skia fonts are cached. Not thread-safe: one measurer per thread.
/// </para>
/// </summary>
internal sealed class SkiaTextMeasurer(FontSet fonts) : ITextMeasurer, IDisposable
{
    private readonly Dictionary<(string, Face), string> prepared = [];
    private readonly Dictionary<Face, Dictionary<string, float>> widths = [];
    private readonly Dictionary<Face, (float, float)> metrics = [];
    private readonly Dictionary<Face, SKFont> skiaFonts = [];

    /// <summary>Per typeface (bold + 2 × italic; the size does not matter), whether each character is drawn plainly:
    /// 0 not yet looked at, 1 yes, 2 no. Preparing checks every character of every new text.</summary>
    private readonly byte[]?[] plainCharacters = new byte[4][];

    public string Placeholder { get; } = "□";

    public string Prepare(string text, TextStyle style)
    {
        var face = new Face(style);
        if (!prepared.TryGetValue((text, face), out var result))
        {
            result = IsPlain(text, face) ? text : PrepareClusters(text, Font(face));
            prepared[(text, face)] = result;
        }
        return result;
    }

    public float Width(string text, TextStyle style) => Width(text, text, style);

    /// <summary>Looked up by the slice itself (a word of a line being broken), so that a word measured before costs
    /// no string.</summary>
    public float Width(ReadOnlySpan<char> text, TextStyle style) => Width(text, null, style);

    private float Width(ReadOnlySpan<char> text, string? asString, TextStyle style)
    {
        var face = new Face(style);
        if (!widths.TryGetValue(face, out var byText))
        {
            byText = new Dictionary<string, float>(StringComparer.Ordinal);
            widths[face] = byText;
        }
        var lookup = byText.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var width))
        {
            var key = asString ?? text.ToString();
            width = Font(face).MeasureText(key);
            byText[key] = width;
        }
        return width;
    }

    public (float Ascent, float Descent) Metrics(TextStyle style)
    {
        var face = new Face(style);
        if (!metrics.TryGetValue(face, out var result))
        {
            Font(face).GetFontMetrics(out var font);
            result = (-font.Ascent, font.Descent);
            metrics[face] = result;
        }
        return result;
    }

    public void Dispose()
    {
        foreach (var font in skiaFonts.Values)
        {
            font.Dispose();
        }
        skiaFonts.Clear();
    }

    private SKFont Font(Face face)
    {
        if (!skiaFonts.TryGetValue(face, out var font))
        {
            font = fonts.Font(face.Style);
            skiaFonts[face] = font;
        }
        return font;
    }

    /// <summary>
    /// True when preparing would change nothing: the text is NFC and each character is a grapheme of its own
    /// that the font draws — no surrogate, combining mark, control or format character, tab or carriage
    /// return, nor right-to-left letter. Most article text is, and skips the cluster-by-cluster work.
    /// </summary>
    private bool IsPlain(string text, Face face)
    {
        var known = plainCharacters[(face.Bold ? 1 : 0) + (face.Italic ? 2 : 0)] ??= new byte[char.MaxValue + 1];
        foreach (var c in text)
        {
            if (c == '\n' || c == ' ')
            {
                continue;
            }
            if (known[c] == 0)
            {
                var plain = char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                    && !RightToLeft(c) && Font(face).ContainsGlyph(c);
                known[c] = plain ? (byte)1 : (byte)2;
            }
            if (known[c] != 1)
            {
                return false;
            }
        }
        return Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormC);
    }

    private string PrepareClusters(string text, SKFont font)
    {
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

    private static bool Drawable(string grapheme, SKFont font)
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

    /// <summary>What measuring depends on in a style: size and face, not colour or highlight.</summary>
    private readonly record struct Face(float Size, bool Bold, bool Italic)
    {
        public Face(TextStyle style)
            : this(style.Size, style.Bold, style.Italic)
        {
        }

        public TextStyle Style => new(Size, Bold, Italic);
    }
}
