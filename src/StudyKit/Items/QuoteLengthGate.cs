namespace StudyKit.Items;

/// <summary>A quote of fewer than six words ("aliansi", "defensif") is too short to be a fair question.</summary>
internal sealed class QuoteLengthGate : IQualityGate
{
    public const int MinimumWords = 6;

    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.Quote is null)
        {
            return null;
        }
        var words = TextNormal.WordCount(candidate.Quote);
        return words >= MinimumWords
            ? null
            : new GateFailure(RejectionReason.QuoteTooShort, $"The quote has {words} word(s); at least {MinimumWords} are needed.");
    }
}
