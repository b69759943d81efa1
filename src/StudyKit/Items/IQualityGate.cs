namespace StudyKit.Items;

/// <summary>One quality rule every item obeys.</summary>
internal interface IQualityGate
{
    /// <summary>Null when <paramref name="candidate"/> passes; otherwise why it is dropped.</summary>
    GateFailure? Check(Candidate candidate, GenerationContext context);
}

/// <summary>A gate's verdict against a candidate.</summary>
/// <param name="Reason">The reason code.</param>
/// <param name="Detail">One readable line.</param>
internal sealed record GateFailure(RejectionReason Reason, string Detail);
