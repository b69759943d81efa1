namespace StudyKit.Extraction;

/// <summary>Direct speech between quote marks, with who said it, how it was attributed and via whom.</summary>
public sealed record Quote
{
    /// <summary>Stable id.</summary>
    public required QuoteId Id { get; init; }

    /// <summary>The quoted text, marks excluded; <see cref="Evidence"/> spans exactly this text.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>The speaker, or null when the text does not say (never guessed).</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The form written for the speaker at this quote ("Putin", "katanya"), or null.</summary>
    public string? SpeakerAsWritten { get; init; }

    /// <summary>The outlet or agency the text credits for this quote ("Tass", "The Guardian"), or null.</summary>
    public string? Via { get; init; }

    /// <summary>The attribution pattern.</summary>
    public required QuotePattern Pattern { get; init; }

    /// <summary>True for a fragment embedded in reported speech.</summary>
    public bool Partial { get; init; }

    /// <summary>The quoted text (same as <c>Evidence.Excerpt</c>).</summary>
    public string Text => Evidence.Excerpt;
}
