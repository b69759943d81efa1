namespace StudyKit.Pdf.Layout;

/// <summary>What elements need while measuring: the measurer, and whether keep-together may give way
/// (only on an empty page, where moving the block on would not help).</summary>
internal sealed record LayoutContext(ITextMeasurer Measurer, bool RelaxKeepTogether = false);

/// <summary>What elements need while drawing.</summary>
internal sealed record DrawContext(LayoutContext Layout, IDrawingSurface Surface);
