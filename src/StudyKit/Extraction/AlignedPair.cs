namespace StudyKit.Extraction;

/// <summary>A sentence of one article aligned with a sentence of another.</summary>
/// <param name="Article">The sentence in the reusing article.</param>
/// <param name="Source">The sentence in the source article.</param>
/// <param name="Similarity">Character 4-gram Dice similarity, 0 to 1.</param>
/// <param name="Verbatim">True when similarity ≥ 0.85.</param>
public sealed record AlignedPair(Evidence Article, Evidence Source, double Similarity, bool Verbatim);
