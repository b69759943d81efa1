using StudyKit.Reading;

namespace StudyKit.Tests.TestData;

/// <summary>The five seed articles from the repository's <c>seeds/</c> folder.</summary>
internal static class Seeds
{
    private static readonly Lazy<IReadOnlyList<SourceDocument>> Lazy = new(Load);

    public static IReadOnlyList<SourceDocument> Documents => Lazy.Value;

    public static Corpus Corpus() => new CorpusReader().Read(Documents);

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StudyKit.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }
            throw new DirectoryNotFoundException("No StudyKit.sln above the test run.");
        }
    }

    private static IReadOnlyList<SourceDocument> Load() =>
        Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(p => new SourceDocument(Path.GetFileName(p), File.ReadAllText(p))).ToList();
}
