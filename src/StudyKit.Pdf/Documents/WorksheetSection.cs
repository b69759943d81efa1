using StudyKit.Items;

namespace StudyKit.Pdf.Documents;

/// <summary>The sections of a worksheet, in print order.</summary>
internal enum WorksheetSection
{
    MultipleChoice,
    SourceAttribution,
    Matching,
    TrueFalse,
    Discussion,
    Cards,
}

/// <summary>Which section an item kind is printed in, and the labels of its answer boxes.</summary>
internal static class WorksheetSections
{
    public static WorksheetSection Of(ItemKind kind) => kind switch
    {
        ItemKind.WhoSaid or ItemKind.FactCloze or ItemKind.AccordingToWhom => WorksheetSection.MultipleChoice,
        ItemKind.WhichArticle or ItemKind.WhichAgency or ItemKind.QuoteVia or ItemKind.WhichRewrites or ItemKind.RewriteChanges
            or ItemKind.WhichReport or ItemKind.QuoteWording => WorksheetSection.SourceAttribution,
        ItemKind.MatchQuotes or ItemKind.MatchSources => WorksheetSection.Matching,
        ItemKind.TrueFalse => WorksheetSection.TrueFalse,
        ItemKind.Discussion => WorksheetSection.Discussion,
        ItemKind.QuoteCard or ItemKind.PersonCard or ItemKind.TermCard or ItemKind.FactCard => WorksheetSection.Cards,
    };

    public static (string Title, string Hint) Words(this Headings words, WorksheetSection section) => section switch
    {
        WorksheetSection.MultipleChoice => (words.MultipleChoice, words.ChooseOne),
        WorksheetSection.SourceAttribution => (words.SourceAttribution, words.ChooseOne),
        WorksheetSection.Matching => (words.Matching, words.MatchHint),
        WorksheetSection.TrueFalse => (words.TrueFalse, words.TrueFalseHint),
        WorksheetSection.Discussion => (words.Discussion, words.DiscussionHint),
        WorksheetSection.Cards => (words.Cards, words.DiscussionHint),
    };

    /// <summary>
    /// The labels printed in the answer boxes of a variant item's choices, in order. Multiple choice: A, B, C….
    /// True/false: the initials of the choices ("B"enar / "S"alah, "T"rue / "F"alse) when they differ, so an
    /// Indonesian "B" never means "Salah"; else A, B.
    /// </summary>
    public static IReadOnlyList<string> ChoiceLabels(Packing.VariantItem item)
    {
        var letters = item.Choices.Select((_, i) => DocumentContext.Letter(i)).ToList();
        if (item.Item.Format != ItemFormat.TrueFalse)
        {
            return letters;
        }
        var initials = item.Choices.Select(c => c.Text.TrimStart().Length > 0 ? char.ToUpperInvariant(c.Text.TrimStart()[0]).ToString() : "?").ToList();
        return initials.Distinct(StringComparer.Ordinal).Count() == initials.Count && initials.All(i => char.IsLetter(i[0])) ? initials : letters;
    }

    /// <summary>The printed label of the key of a single-answer item ("C", or "S" for a true/false "B").</summary>
    public static string KeyLabel(Packing.VariantItem item)
    {
        if (item.Item.Format != ItemFormat.TrueFalse || item.Key.Length != 1)
        {
            return item.Key;
        }
        var labels = ChoiceLabels(item);
        var index = item.Key[0] - 'A';
        return index >= 0 && index < labels.Count ? labels[index] : item.Key;
    }
}
