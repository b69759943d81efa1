namespace StudyKit.Items;

/// <summary>
/// The rest of the stem must not give the answer away: the hidden answer appears nowhere else in it, and
/// the blank does not follow a word that fixes it ("salah ____" can only be "satu").
/// </summary>
internal sealed class BlankGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        var stem = candidate.Prompt + "\n" + candidate.Stimulus + "\n" + string.Join("\n", candidate.Pairs.Select(p => p.Left));
        var prepared = candidate.BlankForms.IsDefaultOrEmpty ? null : new TextNormal.PhraseText(stem);
        var found = prepared is null ? null : candidate.BlankForms.FirstOrDefault(f => prepared.Contains(TextNormal.Phrase.Of(f)));
        if (found is not null)
        {
            return new GateFailure(RejectionReason.BlankGivenAway, $"The stem already contains the answer “{found}”.");
        }
        var at = stem.IndexOf(FactChoices.Blank, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var before = " " + TextNormal.Normalize(stem[..at]);
        var idiom = ItemTexts.Id.IdiomBeforeBlank.Concat(ItemTexts.En.IdiomBeforeBlank)
            .FirstOrDefault(i => before.EndsWith(" " + i, StringComparison.Ordinal));
        return idiom is null
            ? null
            : new GateFailure(RejectionReason.BlankGivenAway, $"“{idiom} ____” is a fixed phrase: the words before the blank give it away.");
    }
}
