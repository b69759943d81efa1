using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>A candidate item a quality gate dropped, and why; shown by <c>inspect</c> and kept in the bank.</summary>
/// <param name="Kind">The kind of the candidate.</param>
/// <param name="Candidate">The candidate's prompt (and stimulus), for a reader.</param>
/// <param name="Reason">The reason code.</param>
/// <param name="Detail">One readable line.</param>
/// <param name="Evidence">The candidate's main evidence, or null.</param>
public sealed record Rejection(ItemKind Kind, string Candidate, RejectionReason Reason, string Detail, Evidence? Evidence);
