namespace StudyKit.Pdf.Layout;

/// <summary>An opaque sRGB colour.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Black { get; } = new(0x1A, 0x1A, 0x1A);
    public static Rgb Grey { get; } = new(0x5F, 0x63, 0x68);
    public static Rgb LightGrey { get; } = new(0xB8, 0xBC, 0xC2);
    public static Rgb Rule { get; } = new(0xD5, 0xD8, 0xDC);
    public static Rgb Tint { get; } = new(0xF3, 0xF4, 0xF6);
    public static Rgb Accent { get; } = new(0x1F, 0x4E, 0x79);
    public static Rgb AccentTint { get; } = new(0xE8, 0xEF, 0xF7);
    public static Rgb Highlight { get; } = new(0xFF, 0xF0, 0x9E);
    public static Rgb White { get; } = new(0xFF, 0xFF, 0xFF);
}
