namespace StudyKit.Items;

/// <summary>A key that is a name must look like one: an extraction fragment makes a question nobody can answer.</summary>
internal sealed class NameShapeGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context) =>
        candidate.AnswerName is { } answer && !NameShape.Plausible(answer.Name, answer.Kind)
            ? new GateFailure(RejectionReason.UnsupportedAnswer, $"“{answer.Name}” does not look like the name of a {answer.Kind.ToString().ToLowerInvariant()}; the extraction may have cut it wrongly.")
            : null;
}
