using System.Reflection;
using System.Runtime.CompilerServices;

namespace StudyKit.Tests.Architecture;

/// <summary>Rules of the library's shape, checked by reflection so that a change that breaks them fails the build's tests.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Library = typeof(StudyKitInputException).Assembly;

    private static IEnumerable<Type> PublicRecords => Library.GetExportedTypes()
        .Where(t => t.IsClass && t.GetMethod("<Clone>$") is not null);

    [Fact]
    public void Library_ReferencesNeitherSkiaNorTheCommandLine()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("SkiaSharp", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("System.CommandLine", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("StudyKit.Pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicRecords_AreSealed()
    {
        Assert.NotEmpty(PublicRecords);
        Assert.All(PublicRecords, t => Assert.True(t.IsSealed, $"{t.FullName} is a public record that is not sealed"));
    }

    [Fact]
    public void PublicModel_HasNoPublicSetters()
    {
        var setters = Library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToList();

        Assert.Empty(setters);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicMutableFields()
    {
        var fields = Library.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();

        Assert.Empty(fields);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
