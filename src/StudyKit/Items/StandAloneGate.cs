namespace StudyKit.Items;

/// <summary>
/// A sentence shown without its context must stand alone: it may not open with a pronoun that points
/// back to a sentence the student cannot see ("Dia mengatakan …", "Hal ini …", "They said …").
/// </summary>
internal sealed class StandAloneGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.Sentence is null)
        {
            return null;
        }
        var opening = " " + TextNormal.Normalize(candidate.Sentence) + " ";
        var openers = ItemTexts.Id.DanglingOpeners.Concat(ItemTexts.En.DanglingOpeners);
        var found = openers.FirstOrDefault(o => opening.StartsWith(" " + o + " ", StringComparison.Ordinal));
        return found is null
            ? null
            : new GateFailure(RejectionReason.DanglingPronoun, $"The sentence opens with “{found}”, which points to text the student cannot see.");
    }
}
