using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// One classroom item. The correct answer is supported by <see cref="Evidence"/> and no distractor is.
/// Immutable; a teacher's edits arrive as a new bank.
/// </summary>
public sealed record Item
{
    /// <summary>Stable id derived from kind and evidence.</summary>
    public required ItemId Id { get; init; }

    /// <summary>The kind of item.</summary>
    public required ItemKind Kind { get; init; }

    /// <summary>The language of the prompt and choices.</summary>
    public required ArticleLanguage Language { get; init; }

    /// <summary>The question or instruction (for cards: the front).</summary>
    public required string Prompt { get; init; }

    /// <summary>The quote or sentence the question is about, shown set apart; null when none.</summary>
    public string? Stimulus { get; init; }

    /// <summary>Options in bank order, exactly one correct (multiple choice and true/false); empty otherwise.</summary>
    public ImmutableArray<Choice> Choices { get; init; } = [];

    /// <summary>The correct pairs (matching items); empty otherwise.</summary>
    public ImmutableArray<MatchPair> Pairs { get; init; } = [];

    /// <summary>The answer as text: the key, a card's back, or the teacher's guidance for discussion.</summary>
    public required string Answer { get; init; }

    /// <summary>Where the answer comes from; at least one entry.</summary>
    public required ImmutableArray<Evidence> Evidence { get; init; }

    /// <summary>One line for the answer key: why the answer is right.</summary>
    public required string Explanation { get; init; }

    /// <summary>1 (easy) to 3 (hard).</summary>
    public int Difficulty { get; init; } = 2;

    /// <summary>Tags (article ids, kind, speaker), sorted ordinally.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>How the item is answered.</summary>
    public ItemFormat Format => Kind.Format();
}
