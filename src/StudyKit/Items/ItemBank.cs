using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// The bank of accepted items and rejected candidates, with the articles they cite (so that a bank loaded
/// from an edited file can still print the articles appendix).
/// </summary>
public sealed record ItemBank
{
    /// <summary>The articles the items cite, in label order.</summary>
    public required ImmutableArray<Article> Articles { get; init; }

    /// <summary>Accepted items, sorted by kind then id.</summary>
    public required ImmutableArray<Item> Items { get; init; }

    /// <summary>Rejected candidates, sorted by kind, reason and candidate.</summary>
    public ImmutableArray<Rejection> Rejections { get; init; } = [];

    /// <summary>The language the prompts are written in.</summary>
    public ArticleLanguage Language { get; init; }
}
