using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// An item proposed by a generator, before the quality gates. Besides what the item shows, it carries what
/// the gates check: what the evidence states (<see cref="Support"/>), the names or values of the distractors,
/// the blanked answer, the quote asked about and the narrative sentence that must stand alone.
/// </summary>
internal sealed record Candidate
{
    public required ItemKind Kind { get; init; }

    /// <summary>Evidence (article id + span) plus the asked fact; hashed into the item id.</summary>
    public required string Key { get; init; }

    public required string Prompt { get; init; }

    public string? Stimulus { get; init; }

    /// <summary>Correct choice first, then distractors in a stable order.</summary>
    public ImmutableArray<Choice> Choices { get; init; } = [];

    public ImmutableArray<MatchPair> Pairs { get; init; } = [];

    public required string Answer { get; init; }

    public required ImmutableArray<Evidence> Evidence { get; init; }

    public required string Explanation { get; init; }

    public int Difficulty { get; init; } = 2;

    /// <summary>Tags besides the article ids and the kind (speaker ids, fact kinds).</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>What the evidence and the finding behind it state, and the answer forms that must appear there.</summary>
    public required Support Support { get; init; }

    /// <summary>For each distractor, its forms (name, aliases, value); none may appear in the support text.</summary>
    public ImmutableArray<ImmutableArray<string>> DistractorForms { get; init; } = [];

    /// <summary>Forms of the blanked answer; none may appear in <see cref="Stimulus"/> or <see cref="Prompt"/>.</summary>
    public ImmutableArray<string> BlankForms { get; init; } = [];

    /// <summary>The quote the item asks about, when there is one.</summary>
    public string? Quote { get; init; }

    /// <summary>A narrative sentence shown to students; it must not open with a dangling pronoun.</summary>
    public string? Sentence { get; init; }

    /// <summary>A reported clause shown alone; it must have a subject of its own.</summary>
    public string? Clause { get; init; }

    /// <summary>The key when it is a name from extraction (a speaker, an entity), with its kind; checked for shape.</summary>
    public (string Name, Extraction.EntityKind Kind)? AnswerName { get; init; }

    /// <summary>How many articles the kind needs in the corpus.</summary>
    public int ArticlesNeeded { get; init; } = 1;

    /// <summary>The text shown in a rejection.</summary>
    public string Describe() => Stimulus is null ? Prompt : Prompt + " " + Stimulus;
}

/// <summary>What the evidence (and the finding it backs) states, and the answer forms that must appear in it.</summary>
/// <param name="Text">The evidence excerpts, plus the article metadata the item relies on.</param>
/// <param name="Required">Groups of forms; every group needs at least one form present in <paramref name="Text"/>.</param>
internal sealed record Support(string Text, ImmutableArray<ImmutableArray<string>> Required);
