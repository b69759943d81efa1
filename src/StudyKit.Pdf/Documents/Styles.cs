using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Documents;

/// <summary>The type scale of the documents: one body size (10.5 pt) and a few steps around it.</summary>
internal static class Styles
{
    public static TextStyle Body { get; } = TextStyle.Body;

    public static TextStyle Strong { get; } = Body.AsBold();

    public static TextStyle Title { get; } = new(18, Bold: true, Colour: Rgb.Accent);

    public static TextStyle Section { get; } = new(13, Bold: true, Colour: Rgb.Accent);

    public static TextStyle Subheading { get; } = new(11.5f, Bold: true, Colour: Rgb.Black);

    public static TextStyle Quote { get; } = new(10, Italic: true, Colour: Rgb.Black);

    public static TextStyle Small { get; } = new(8.5f, Colour: Rgb.Grey);

    public static TextStyle SmallStrong { get; } = new(8.5f, Bold: true, Colour: Rgb.Grey);

    public static TextStyle Hint { get; } = new(9.5f, Italic: true, Colour: Rgb.Grey);

    public static TextStyle Article { get; } = new(10, Colour: Rgb.Black);

    public static TextStyle Link { get; } = new(9, Colour: Rgb.Accent);

    /// <summary>The quote set apart: a tinted box with a bar down its left side.</summary>
    public static BoxStyle QuoteBox { get; } = new(Padding: 5, Fill: Rgb.Tint, LeftBar: Rgb.Accent, PaddingLeft: 8);

    public static BoxStyle Note { get; } = new(Padding: 8, Fill: Rgb.AccentTint);
}
