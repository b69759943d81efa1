namespace StudyKit.Packing;

/// <summary>The sections of a worksheet, in the order they are printed.</summary>
public enum PaperSection
{
    /// <summary>Multiple-choice questions about quotes, facts and claims.</summary>
    MultipleChoice,

    /// <summary>Source-attribution questions (which article, which agency, who rewrote whom).</summary>
    SourceAttribution,

    /// <summary>Matching exercises.</summary>
    Matching,

    /// <summary>True/false statements.</summary>
    TrueFalse,

    /// <summary>Open discussion prompts.</summary>
    Discussion,

    /// <summary>Study cards (not on the worksheet).</summary>
    Cards,
}
