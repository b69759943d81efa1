namespace StudyKit.Items;

/// <summary>
/// The closed set of item kinds. Every <c>switch</c> over it is exhaustive, so a new kind that a
/// renderer forgets fails the build.
/// </summary>
public enum ItemKind
{
    /// <summary>Multiple choice: who said this quote?</summary>
    WhoSaid,

    /// <summary>Multiple choice: a number, date or name blanked in a sentence.</summary>
    FactCloze,

    /// <summary>Multiple choice: according to whom is this claim made?</summary>
    AccordingToWhom,

    /// <summary>Source attribution: which article (outlet) published this sentence or quote?</summary>
    WhichArticle,

    /// <summary>Source attribution: which news agency does this article credit?</summary>
    WhichAgency,

    /// <summary>Source attribution: via whom did this quote reach the article?</summary>
    QuoteVia,

    /// <summary>Source attribution: which article rewrites which?</summary>
    WhichRewrites,

    /// <summary>Source attribution: what does the rewritten copy leave out or change?</summary>
    RewriteChanges,

    /// <summary>Source attribution: which articles report this fact?</summary>
    WhichReport,

    /// <summary>Source attribution: the same statement worded differently by two outlets — why?</summary>
    QuoteWording,

    /// <summary>Matching: quotes to their speakers.</summary>
    MatchQuotes,

    /// <summary>Matching: articles to their outlets or credited agencies.</summary>
    MatchSources,

    /// <summary>True or false statement about who said or reported what. Its two choices are in a fixed bank
    /// order, the "true" option first, so the statement is true exactly when the first choice is correct
    /// (the Moodle and GIFT exports rely on it).</summary>
    TrueFalse,

    /// <summary>Open discussion prompt with guidance for the teacher.</summary>
    Discussion,

    /// <summary>Study card: quote → speaker and role.</summary>
    QuoteCard,

    /// <summary>Study card: person → role and what they said.</summary>
    PersonCard,

    /// <summary>Study card: term → meaning.</summary>
    TermCard,

    /// <summary>Study card: fact → answer.</summary>
    FactCard,
}
