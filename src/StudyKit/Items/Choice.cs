namespace StudyKit.Items;

/// <summary>One option of a multiple-choice or true/false item.</summary>
/// <param name="Text">The option as shown.</param>
/// <param name="Correct">True for the key.</param>
public sealed record Choice(string Text, bool Correct);
