using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// Study card: a person on the front; on the back their role and the longest thing they said (a quote or a
/// reported clause; failing those, a quoted fragment or the sentence that reports them), so that every
/// speaker of the corpus whose name reads as a name gets at least this card.
/// </summary>
internal sealed class PersonCardGenerator : IItemGenerator
{
    private const int SaidWords = 20;

    public ItemKind Kind => ItemKind.PersonCard;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var speaker in context.Speakers)
        {
            var said = context.Findings.Quotes.Where(q => q.Speaker?.Entity == speaker.Id && !q.Partial)
                .Select(q => (q.Evidence, Text: q.Text, q.Speaker!.Role, q.SpeakerAsWritten, Rank: 0))
                .Concat(context.Findings.Claims.Where(c => c.Speaker?.Entity == speaker.Id && ClaimClause.Of(c) is not null)
                    .Select(c => (c.Evidence, Text: ClaimClause.Of(c)!, c.Speaker!.Role, c.SpeakerAsWritten, Rank: 0)))
                // A fragment quoted inside reported speech ("kekhawatiran serius") is the last resort.
                .Concat(context.Findings.Quotes.Where(q => q.Speaker?.Entity == speaker.Id && q.Partial)
                    .Select(q => (q.Evidence, Text: q.Text, q.Speaker!.Role, q.SpeakerAsWritten, Rank: 1)))
                // Failing all, the sentence of a claim that does not read as a clause on its own.
                .Concat(context.Findings.Claims.Where(c => c.Speaker?.Entity == speaker.Id && ClaimClause.Of(c) is null)
                    .Select(c => (c.Evidence, Text: Dateline.Strip(c.Evidence.Excerpt.Trim()), c.Speaker!.Role, c.SpeakerAsWritten, Rank: 2)))
                .OrderBy(s => s.Rank)
                .ThenByDescending(s => TextNormal.WordCount(s.Text))
                .ThenBy(s => s.Evidence.Article)
                .ThenBy(s => s.Evidence.Span.Start)
                .FirstOrDefault();
            if (said.Evidence is null)
            {
                continue;
            }
            var evidence = QuoteAttribution.For(context, said.Evidence, speaker);
            var role = said.Role ?? speaker.Roles.FirstOrDefault();
            var back = said.Rank < 2
                ? ItemTexts.Format(context.Texts.PersonCardSaid, TextNormal.Shorten(said.Text, SaidWords))
                : ItemTexts.Format(context.Texts.PersonCardMentioned, said.Evidence.Label.Value, TextNormal.Shorten(said.Text, SaidWords + 10));
            yield return new Candidate
            {
                Kind = Kind,
                Key = QuoteAttribution.Key(said.Evidence) + "|person:" + speaker.Id,
                Prompt = speaker.Name,
                Answer = string.IsNullOrWhiteSpace(role) ? back : role + ". " + back,
                Evidence = evidence,
                Explanation = ItemTexts.Format(context.Texts.CardSource, context.Ref(evidence[^1])),
                Difficulty = 1,
                Tags = [speaker.Id.Value],
                AnswerName = (speaker.Name, speaker.Kind),
                Support = new Support(QuoteAttribution.Text(evidence), [QuoteAttribution.Forms(speaker, said.SpeakerAsWritten)]),
            };
        }
    }
}
