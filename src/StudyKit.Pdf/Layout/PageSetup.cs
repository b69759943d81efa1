namespace StudyKit.Pdf.Layout;

/// <summary>Page size and margins in points (1/72 inch).</summary>
internal sealed record PageSetup(float Width, float Height, float Margin)
{
    /// <summary>Millimetres to points.</summary>
    public static float Mm(float mm) => mm * 72f / 25.4f;

    public float ContentWidth => Width - (2 * Margin);

    public float ContentHeight => Height - (2 * Margin);
}

/// <summary>The page being drawn and the document's page count ("3 / 7").</summary>
internal readonly record struct PageInfo(int Number, int Total);

/// <summary>A document to lay out: content flowing through pages between a header and a footer.</summary>
/// <param name="Page">Paper and margins.</param>
/// <param name="Content">The flow.</param>
/// <param name="Header">The header for a page, or null for none.</param>
/// <param name="Footer">The footer for a page, or null for none.</param>
/// <param name="MaxPages">More pages than this is a layout error.</param>
internal sealed record LayoutDocument(PageSetup Page, Element Content, Func<PageInfo, Element?>? Header = null,
    Func<PageInfo, Element?>? Footer = null, int MaxPages = 400)
{
    /// <summary>Space between the header or footer and the content.</summary>
    public const float Gap = 12;
}
