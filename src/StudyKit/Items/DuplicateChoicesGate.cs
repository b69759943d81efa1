namespace StudyKit.Items;

/// <summary>No two choices (or two sides of matching pairs) may be equal after normalisation.</summary>
internal sealed class DuplicateChoicesGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        var sides = new[]
        {
            candidate.Choices.Select(c => c.Text),
            candidate.Pairs.Select(p => p.Left),
            candidate.Pairs.Select(p => p.Right),
        };
        foreach (var side in sides)
        {
            var duplicate = side.GroupBy(TextNormal.Normalize, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                return new GateFailure(RejectionReason.DuplicateChoices, $"“{duplicate.First()}” appears twice among the options.");
            }
        }
        return null;
    }
}
