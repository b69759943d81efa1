using System.Collections.Frozen;

namespace StudyKit.Items;

/// <summary>A multiple-choice item whose options are yes and no is a yes/no question in disguise.</summary>
internal sealed class YesNoGate : IQualityGate
{
    /// <summary>Yes and no in both languages.</summary>
    private static readonly FrozenSet<string> YesNo = ItemTexts.Id.YesNo.Concat(ItemTexts.En.YesNo).ToFrozenSet(StringComparer.Ordinal);

    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.Kind.Format() != ItemFormat.MultipleChoice)
        {
            return null;
        }
        return candidate.Choices.Any(c => YesNo.Contains(TextNormal.Normalize(c.Text)))
            ? new GateFailure(RejectionReason.YesNoQuestion, "The options are yes/no; ask for the fact itself.")
            : null;
    }
}
