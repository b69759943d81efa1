using StudyKit.Testing;
using PublicApiGenerator;
using StudyKit.Pdf.Documents;

namespace StudyKit.Pdf.Tests.Api;

public sealed class PublicApiTests
{
    [Fact]
    public void StudyKitPdf_PublicApi_MatchesApprovedAndExposesNoSkiaTypes()
    {
        var api = typeof(PdfPackRenderer).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });

        Assert.DoesNotContain("SkiaSharp", api, StringComparison.Ordinal);
        ApprovalFile.Verify(api, "StudyKit.Pdf");
    }
}
