namespace StudyKit.Extraction;

/// <summary>How two quotes of the same statement in different articles relate.</summary>
public enum QuoteLinkRelation
{
    /// <summary>The same words (after normalisation).</summary>
    Identical,

    /// <summary>The same statement in other words (often another translation).</summary>
    Variant,
}
