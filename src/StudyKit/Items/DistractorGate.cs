namespace StudyKit.Items;

/// <summary>No distractor may be supported: none of its names or values appears in the evidence.</summary>
internal sealed class DistractorGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.DistractorForms.IsDefaultOrEmpty)
        {
            return null;
        }
        var text = new TextNormal.PhraseText(candidate.Support.Text);
        foreach (var forms in candidate.DistractorForms)
        {
            var found = forms.FirstOrDefault(f => text.Contains(TextNormal.Phrase.Of(f)));
            if (found is not null)
            {
                return new GateFailure(RejectionReason.DistractorSupported, $"The distractor “{found}” appears in the evidence.");
            }
        }
        return null;
    }
}
