namespace StudyKit.Extraction;

/// <summary>The reuse signals of one ordered pair of articles (from <c>A</c> towards <c>B</c>).</summary>
/// <param name="Containment">Share of A's narrative 5-grams found in B.</param>
/// <param name="Aligned">Share of A's scored sentences with a counterpart in B (Dice ≥ 0.5).</param>
/// <param name="VerbatimAligned">Share of A's scored sentences with a verbatim counterpart (Dice ≥ 0.85).</param>
/// <param name="StopGramCoverage">Share of A's stopword 8-grams found in B.</param>
/// <param name="StopGramsShared">How many stopword 8-grams A shares with B.</param>
/// <param name="LeadAligned">True when A's first scored sentence has a counterpart in B.</param>
/// <param name="UniquePosition">Mean relative position (0 = top, 1 = end) of A's scored sentences with no
/// counterpart in B, or null when every one has a counterpart.</param>
internal sealed record PairSignals(
    double Containment, double Aligned, double VerbatimAligned, double StopGramCoverage, int StopGramsShared, bool LeadAligned,
    double? UniquePosition)
{
    /// <summary>Containment from which A copies or republishes B.</summary>
    public const double CopyContainment = 0.6;

    /// <summary>Share of verbatim sentences from which A copies B.</summary>
    public const double CopyVerbatim = 0.7;

    /// <summary>Share of aligned sentences a rewrite needs.</summary>
    public const double RewriteAligned = 0.4;

    /// <summary>Stopword 8-gram coverage that signals a rewrite (Stamatatos).</summary>
    public const double RewriteStopGrams = 0.3;

    /// <summary>Fewest shared stopword 8-grams for that signal to count: a short text's share is noise.</summary>
    public const int MinStopGrams = 3;

    /// <summary>Below this containment both ways, the pair is independent whatever else it shares.</summary>
    public const double Independent = 0.1;

    /// <summary>The relation these signals support on their own (extraction.md §6.1 step 12).</summary>
    public ReuseRelation Relation =>
        Containment >= CopyContainment || VerbatimAligned >= CopyVerbatim ? ReuseRelation.Copy
        : Containment >= Independent && Aligned >= RewriteAligned
          || StopGramCoverage >= RewriteStopGrams && StopGramsShared >= MinStopGrams && Containment >= Independent
            ? ReuseRelation.Rewrite
            : ReuseRelation.Independent;
}
