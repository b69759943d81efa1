using StudyKit.Reading;

namespace StudyKit.Cli.Input;

/// <summary>The articles to read and the metadata overrides found beside them.</summary>
/// <param name="Documents">Decoded articles, sorted by file name.</param>
/// <param name="Overrides">Entries of every <c>sources.yaml</c> found.</param>
/// <param name="Origin">Where the articles came from, for messages ("seeds/", "built-in sample articles").</param>
internal sealed record SourceSet(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<SourceOverride> Overrides, string Origin);
