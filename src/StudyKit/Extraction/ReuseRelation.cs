namespace StudyKit.Extraction;

/// <summary>How one article depends on another.</summary>
public enum ReuseRelation
{
    /// <summary>No dependency beyond the shared event.</summary>
    Independent,

    /// <summary>Both rely on the same wire agency's copy.</summary>
    SharedWire,

    /// <summary>The article rewrites (paraphrases) the source.</summary>
    Rewrite,

    /// <summary>The article copies or republishes the source.</summary>
    Copy,
}
