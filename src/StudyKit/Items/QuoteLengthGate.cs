namespace StudyKit.Items;

/// <summary>
/// A quote of fewer than six words ("aliansi", "defensif"), or a fragment that starts mid-sentence, is too
/// short to be a fair question.
/// </summary>
internal sealed class QuoteLengthGate : IQualityGate
{
    public const int MinimumWords = 6;

    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.Quote is null)
        {
            return null;
        }
        var first = candidate.Quote.FirstOrDefault(char.IsLetterOrDigit);
        if (char.IsLower(first))
        {
            // "dalam keputusasaan, untuk …", "ekonomi ... termasuk …": a piece of a sentence, not a statement.
            return new GateFailure(RejectionReason.QuoteTooShort, "The quote is a fragment that starts mid-sentence.");
        }
        var words = TextNormal.WordCount(candidate.Quote);
        return words >= MinimumWords
            ? null
            : new GateFailure(RejectionReason.QuoteTooShort, $"The quote has {words} word(s); at least {MinimumWords} are needed.");
    }
}
