using System.Collections.Immutable;

namespace StudyKit.Extraction;

/// <summary>The same statement quoted in two or more articles.</summary>
/// <param name="Relation">Identical or variant wording.</param>
/// <param name="Quotes">The quotes linked, sorted by id; from at least two articles.</param>
public sealed record QuoteLink(QuoteLinkRelation Relation, ImmutableArray<QuoteId> Quotes);
