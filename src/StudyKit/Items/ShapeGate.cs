namespace StudyKit.Items;

/// <summary>
/// The item has the shape of its format: enough articles for a comparison; multiple choice with three or
/// four options and exactly one correct; true/false with two; matching with three to five pairs; cards
/// and discussion prompts with a front and a back.
/// </summary>
internal sealed class ShapeGate : IQualityGate
{
    public GateFailure? Check(Candidate candidate, GenerationContext context)
    {
        if (context.Articles.Length < candidate.ArticlesNeeded)
        {
            return new GateFailure(RejectionReason.NeedsTwoArticles,
                $"The item compares articles; the corpus has {context.Articles.Length}.");
        }
        var correct = candidate.Choices.Count(c => c.Correct);
        return candidate.Kind.Format() switch
        {
            ItemFormat.MultipleChoice when correct != 1 =>
                new GateFailure(RejectionReason.UnsupportedAnswer, $"The item has {correct} correct choices; exactly one is needed."),
            ItemFormat.MultipleChoice when candidate.Choices.Length < 3 =>
                new GateFailure(RejectionReason.TooFewDistractors,
                    $"The corpus gives {candidate.Choices.Length - 1} fair distractor(s); at least 2 are needed."),
            ItemFormat.TrueFalse when candidate.Choices.Length != 2 || correct != 1 =>
                new GateFailure(RejectionReason.UnsupportedAnswer, "A true/false item needs two choices, one correct."),
            ItemFormat.Matching when candidate.Pairs.Length is < 3 or > 5 =>
                new GateFailure(RejectionReason.TooFewDistractors,
                    $"A matching item needs 3 to 5 pairs with different answers; the corpus gives {candidate.Pairs.Length}."),
            _ when string.IsNullOrWhiteSpace(candidate.Prompt) || string.IsNullOrWhiteSpace(candidate.Answer) =>
                new GateFailure(RejectionReason.UnsupportedAnswer, "The item has no front or no back."),
            _ => null,
        };
    }
}
