namespace StudyKit.Extraction;

/// <summary>An acronym and its expansion as written ("ICBM" ↔ "rudal balistik antarbenua").</summary>
/// <param name="Acronym">The short form.</param>
/// <param name="Expansion">The long form as written (possibly a translation).</param>
/// <param name="Evidence">Where the pair is defined.</param>
public sealed record Term(string Acronym, string Expansion, Evidence Evidence);
