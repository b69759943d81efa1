using StudyKit.Reading;

namespace StudyKit.Cli.Commands;

/// <summary>What <c>generate</c> and <c>build</c> were asked to print.</summary>
internal sealed record PackRequest(
    string Out, int Variants, string? Roster, Seed Seed, int Questions, bool Pool, ArticleLanguage? Language,
    string Paper, bool IncludeArticles, IReadOnlyList<string> Formats, string? Font);
