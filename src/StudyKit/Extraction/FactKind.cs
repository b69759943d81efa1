namespace StudyKit.Extraction;

/// <summary>What kind of answerable span a fact holds.</summary>
public enum FactKind
{
    /// <summary>A number with its unit ("11.000 kontainer", "12,46%").</summary>
    Number,

    /// <summary>A date or year ("Rabu (19/6/2024)", "Juli 2000").</summary>
    Date,

    /// <summary>A named person, organisation or place.</summary>
    Entity,
}
