namespace StudyKit.Pdf.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void PdfAssembly_Loads_WithSkiaSharpReference()
    {
        var names = typeof(StudyKit.Pdf.PdfAssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("SkiaSharp", names);
    }
}
