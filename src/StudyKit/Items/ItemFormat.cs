namespace StudyKit.Items;

/// <summary>How an item is answered; derived from its <see cref="ItemKind"/>.</summary>
public enum ItemFormat
{
    /// <summary>One correct choice among several.</summary>
    MultipleChoice,

    /// <summary>True or false.</summary>
    TrueFalse,

    /// <summary>Pairs to match.</summary>
    Matching,

    /// <summary>An open answer, marked with the teacher's guidance.</summary>
    Open,

    /// <summary>A study card: front and back.</summary>
    Card,
}
