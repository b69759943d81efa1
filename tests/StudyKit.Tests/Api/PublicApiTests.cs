using StudyKit.Testing;
using PublicApiGenerator;

namespace StudyKit.Tests.Api;

public sealed class PublicApiTests
{
    [Fact]
    public void StudyKit_PublicApi_MatchesApproved()
    {
        var api = typeof(StudyKitInputException).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        ApprovalFile.Verify(api, "StudyKit");
    }
}
