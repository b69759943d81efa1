namespace StudyKit.Pdf;

/// <summary>Marks the StudyKit.Pdf assembly for reflection in tests.</summary>
public static class PdfAssemblyMarker
{
    /// <summary>The SkiaSharp version the layer was built against.</summary>
    public static string SkiaVersion => typeof(SkiaSharp.SKCanvas).Assembly.GetName().Version?.ToString() ?? "unknown";
}
