namespace StudyKit.Tests.Devset;

/// <summary>
/// Finds the project's <c>shared/</c> folder (seeds, devset, research), which lives beside the repository
/// and is never copied into it. Tests that need it skip with a visible reason when it is absent.
/// </summary>
internal static class SharedFolder
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when no ancestor of the test run holds <c>shared/devset/gold.json</c>.</summary>
    public static string? Path => Root.Value;

    /// <summary>The devset folder, or skips the calling test with the reason.</summary>
    public static string DevsetOrSkip()
    {
        if (Path is null)
        {
            Assert.Skip("The devset (../shared/devset) is not present beside the repository; the evaluation needs it.");
        }
        return System.IO.Path.Combine(Path!, "devset");
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (File.Exists(System.IO.Path.Combine(candidate, "devset", "gold.json")))
            {
                return candidate;
            }
        }
        return null;
    }
}
