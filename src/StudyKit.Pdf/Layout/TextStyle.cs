namespace StudyKit.Pdf.Layout;

/// <summary>How a run of text looks. Immutable; derive variants with <c>with</c>.</summary>
/// <param name="Size">Font size in points.</param>
/// <param name="Bold">Bold weight.</param>
/// <param name="Italic">Italic (or oblique) style.</param>
/// <param name="Colour">The text colour.</param>
/// <param name="Highlight">A background fill behind the text, or null.</param>
internal sealed record TextStyle(float Size, bool Bold = false, bool Italic = false, Rgb Colour = default, Rgb? Highlight = null)
{
    /// <summary>Body text: 10.5 pt.</summary>
    public static TextStyle Body { get; } = new(10.5f, Colour: Rgb.Black);

    /// <summary>Line height as a multiple of the font size.</summary>
    public const float Leading = 1.32f;

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle AsBold() => this with { Bold = true };

    public TextStyle AsItalic() => this with { Italic = true };

    public TextStyle In(Rgb colour) => this with { Colour = colour };
}
