namespace StudyKit.Packing;

/// <summary>A student from a roster.</summary>
/// <param name="Name">The name as typed (spaces, apostrophes and diacritics kept).</param>
/// <param name="Class">The class, or null.</param>
/// <param name="StudentNumber">The student number, or null.</param>
public sealed record Student(string Name, string? Class = null, string? StudentNumber = null);
