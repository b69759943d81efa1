namespace StudyKit.Items;

/// <summary>The rest of the stem must not give the answer away: the hidden answer appears nowhere else in it.</summary>
internal sealed class BlankGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        var stem = candidate.Prompt + "\n" + candidate.Stimulus + "\n" + string.Join("\n", candidate.Pairs.Select(p => p.Left));
        var found = candidate.BlankForms.FirstOrDefault(f => TextNormal.ContainsPhrase(stem, f));
        return found is null
            ? null
            : new GateFailure(RejectionReason.BlankGivenAway, $"The stem already contains the answer “{found}”.");
    }
}
