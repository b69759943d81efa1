namespace StudyKit.Items;

/// <summary>The answer (its name, aliases, form as written or value) must appear in what the evidence states.</summary>
internal sealed class SupportGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.Evidence.IsDefaultOrEmpty)
        {
            return new GateFailure(RejectionReason.UnsupportedAnswer, "The candidate has no evidence.");
        }
        if (candidate.Support.Required.IsDefaultOrEmpty && candidate.Kind.Format() != ItemFormat.Open)
        {
            return new GateFailure(RejectionReason.UnsupportedAnswer, "Nothing ties the answer to the evidence.");
        }
        if (candidate.Support.Required.IsDefaultOrEmpty)
        {
            return null;
        }
        var text = new TextNormal.PhraseText(candidate.Support.Text);
        foreach (var group in candidate.Support.Required)
        {
            if (!group.Any(form => text.Contains(TextNormal.Phrase.Of(form))))
            {
                return new GateFailure(RejectionReason.UnsupportedAnswer,
                    $"“{string.Join(" / ", group)}” does not appear in the evidence.");
            }
        }
        return null;
    }
}
