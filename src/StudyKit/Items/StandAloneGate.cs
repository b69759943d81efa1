namespace StudyKit.Items;

/// <summary>
/// A sentence shown without its context must stand alone: it may not open with a pronoun that points
/// back to a sentence the student cannot see ("Dia mengatakan …", "Hal ini …", "They said …"), and a
/// reported clause shown alone needs its own subject ("akan memperkuat kerja sama …", "would resign …").
/// </summary>
internal sealed class StandAloneGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        var dangling = OpensWith(candidate.Sentence, ItemTexts.Id.DanglingOpeners.Concat(ItemTexts.En.DanglingOpeners));
        if (dangling is not null)
        {
            return new GateFailure(RejectionReason.DanglingPronoun, $"The sentence opens with “{dangling}”, which points to text the student cannot see.");
        }
        var subjectless = OpensWith(candidate.Clause, ItemTexts.Id.SubjectlessOpeners.Concat(ItemTexts.En.SubjectlessOpeners));
        return subjectless is null
            ? null
            : new GateFailure(RejectionReason.DanglingPronoun,
                $"The clause opens with “{subjectless}”: its subject is in the sentence around it, which the student cannot see.");
    }

    private static string? OpensWith(string? text, IEnumerable<string> openers)
    {
        return text is null ? null : TextNormal.OpenerOf(text, openers);
    }
}
