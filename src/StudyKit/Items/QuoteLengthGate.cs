using System.Text.RegularExpressions;

namespace StudyKit.Items;

/// <summary>
/// A quote of fewer than six words ("aliansi", "defensif"), or a fragment that starts mid-sentence, is too
/// short to be a fair question; a quote holding another quotation cannot be asked "who said it".
/// </summary>
internal sealed partial class QuoteLengthGate : IQualityGate
{
    public const int MinimumWords = 6;

    /// <summary>True when <paramref name="quote"/> starts with a lower-case letter: a piece of a sentence.</summary>
    public static bool IsFragment(string quote) => char.IsLower(quote.FirstOrDefault(char.IsLetterOrDigit));

    /// <summary>A single quote mark opening after a space or comma ("said, 'look"), or closing the quote ("down.'"); not an apostrophe ("I'm").</summary>
    [GeneratedRegex(@"(?:^|[\s,:;(])['‘](?=\p{L})|[.!?,]['’]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NestsQuote();

    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (candidate.Quote is null)
        {
            return null;
        }
        if (IsFragment(candidate.Quote))
        {
            // "dalam keputusasaan, untuk …", "ekonomi ... termasuk …": a piece of a sentence, not a statement.
            return new GateFailure(RejectionReason.QuoteTooShort, "The quote is a fragment that starts mid-sentence.");
        }
        if (candidate.AnswerName is not null && NestsQuote().IsMatch(candidate.Quote))
        {
            // "At that stage he saw Gordon Brown and said, 'look …'": the journalist's words hold the prime
            // minister's, so "who said it?" has two fair answers.
            return new GateFailure(RejectionReason.UnsupportedAnswer,
                "The quote holds another quotation ('…'), so the words are two people's; who said it is ambiguous.");
        }
        var words = TextNormal.WordCount(candidate.Quote);
        return words >= MinimumWords
            ? null
            : new GateFailure(RejectionReason.QuoteTooShort, $"The quote has {words} word(s); at least {MinimumWords} are needed.");
    }
}
