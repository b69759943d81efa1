namespace StudyKit.Items;

/// <summary>A multiple-choice item whose options are yes and no is a yes/no question in disguise.</summary>
internal sealed class YesNoGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.Kind.Format() != ItemFormat.MultipleChoice)
        {
            return null;
        }
        var yesNo = ItemTexts.Id.YesNo.Concat(ItemTexts.En.YesNo).ToHashSet(StringComparer.Ordinal);
        return candidate.Choices.Any(c => yesNo.Contains(TextNormal.Normalize(c.Text)))
            ? new GateFailure(RejectionReason.YesNoQuestion, "The options are yes/no; ask for the fact itself.")
            : null;
    }
}
