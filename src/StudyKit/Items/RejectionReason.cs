namespace StudyKit.Items;

/// <summary>Why a quality gate dropped a candidate item.</summary>
public enum RejectionReason
{
    /// <summary>The evidence does not support the answer.</summary>
    UnsupportedAnswer,

    /// <summary>A distractor is also supported by the evidence.</summary>
    DistractorSupported,

    /// <summary>Two choices are equal after normalisation.</summary>
    DuplicateChoices,

    /// <summary>The rest of the sentence gives the blank away.</summary>
    BlankGivenAway,

    /// <summary>The quote is too short to be a fair question.</summary>
    QuoteTooShort,

    /// <summary>The stem does not stand alone (a dangling pronoun).</summary>
    DanglingPronoun,

    /// <summary>A yes/no question dressed as multiple choice.</summary>
    YesNoQuestion,

    /// <summary>The corpus cannot give enough fair distractors.</summary>
    TooFewDistractors,

    /// <summary>The kind needs two or more articles.</summary>
    NeedsTwoArticles,

    /// <summary>The same question already exists in the bank.</summary>
    Duplicate,
}
