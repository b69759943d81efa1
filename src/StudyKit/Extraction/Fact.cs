namespace StudyKit.Extraction;

/// <summary>A sentence with an answerable span, for cloze items and fact cards.</summary>
public sealed record Fact
{
    /// <summary>The whole sentence.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>The answerable span inside the sentence, exactly as written.</summary>
    public required Evidence Answer { get; init; }

    /// <summary>Number, date or entity.</summary>
    public required FactKind Kind { get; init; }

    /// <summary>For numbers: the value parsed in the article's notation ("11.000" → 11000, "2,5" → 2.5).</summary>
    public decimal? Value { get; init; }

    /// <summary>For numbers: the unit as written ("kontainer", "%", "tahun"), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>For entities: the entity kind; for dates: null.</summary>
    public EntityKind? EntityKind { get; init; }
}
