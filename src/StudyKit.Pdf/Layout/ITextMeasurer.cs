namespace StudyKit.Pdf.Layout;

/// <summary>
/// Measures text for layout. The Skia implementation reads real font metrics; tests use a fake with fixed
/// advances so that layout can be checked without fonts.
/// </summary>
internal interface ITextMeasurer
{
    /// <summary>The text as it will be drawn: normalised, with glyphs the font lacks replaced by a placeholder.</summary>
    string Prepare(string text, TextStyle style);

    /// <summary>The advance width of prepared <paramref name="text"/>, in points.</summary>
    float Width(string text, TextStyle style);

    /// <summary>As <see cref="Width(string, TextStyle)"/>, for a slice of prepared text (a word of a line).</summary>
    float Width(ReadOnlySpan<char> text, TextStyle style) => Width(text.ToString(), style);

    /// <summary>Ascent and descent (both positive, in points) for <paramref name="style"/>.</summary>
    (float Ascent, float Descent) Metrics(TextStyle style);
}
