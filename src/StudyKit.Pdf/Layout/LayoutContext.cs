namespace StudyKit.Pdf.Layout;

/// <summary>What elements need while measuring: the measurer with the lines broken so far, and whether
/// keep-together may give way (only on an empty page, where moving the block on would not help).</summary>
internal sealed record LayoutContext(LineCache Lines, bool RelaxKeepTogether = false)
{
    /// <summary>A context with a line cache of its own.</summary>
    public LayoutContext(ITextMeasurer measurer)
        : this(new LineCache(measurer))
    {
    }

    public ITextMeasurer Measurer => Lines.Measurer;
}

/// <summary>What elements need while drawing.</summary>
internal sealed record DrawContext(LayoutContext Layout, IDrawingSurface Surface);
