namespace StudyKit.Extraction;

/// <summary>Reported speech without quote marks: "menurut X, …", "X mengatakan bahwa …", "X said that …".</summary>
public sealed record Claim
{
    /// <summary>The whole sentence holding the claim.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>What is claimed (the clause after "bahwa"/"that"), as written.</summary>
    public required string Content { get; init; }

    /// <summary>The source of the claim, or null when not said.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The form written for the source ("Para ahli", "Acton").</summary>
    public string? SpeakerAsWritten { get; init; }

    /// <summary>The outlet or agency credited for the claim, or null.</summary>
    public string? Via { get; init; }
}
