namespace StudyKit.Items;

/// <summary>Facts about each <see cref="ItemKind"/>.</summary>
public static class ItemKinds
{
    /// <summary>How items of <paramref name="kind"/> are answered.</summary>
    public static ItemFormat Format(this ItemKind kind) => kind switch
    {
        ItemKind.WhoSaid or ItemKind.FactCloze or ItemKind.AccordingToWhom or ItemKind.WhichArticle
            or ItemKind.WhichAgency or ItemKind.QuoteVia or ItemKind.WhichRewrites or ItemKind.RewriteChanges
            or ItemKind.WhichReport or ItemKind.QuoteWording => ItemFormat.MultipleChoice,
        ItemKind.MatchQuotes or ItemKind.MatchSources => ItemFormat.Matching,
        ItemKind.TrueFalse => ItemFormat.TrueFalse,
        ItemKind.Discussion => ItemFormat.Open,
        ItemKind.QuoteCard or ItemKind.PersonCard or ItemKind.TermCard or ItemKind.FactCard => ItemFormat.Card,
    };

    /// <summary>True for the source-attribution kinds (the worksheet's own section).</summary>
    public static bool IsSourceAttribution(this ItemKind kind) => kind switch
    {
        ItemKind.WhichArticle or ItemKind.WhichAgency or ItemKind.QuoteVia or ItemKind.WhichRewrites
            or ItemKind.RewriteChanges or ItemKind.WhichReport or ItemKind.QuoteWording => true,
        ItemKind.WhoSaid or ItemKind.FactCloze or ItemKind.AccordingToWhom or ItemKind.MatchQuotes
            or ItemKind.MatchSources or ItemKind.TrueFalse or ItemKind.Discussion or ItemKind.QuoteCard
            or ItemKind.PersonCard or ItemKind.TermCard or ItemKind.FactCard => false,
    };
}
