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
    private const int FragmentWords = 6;

    private enum Form
    {
        Quoted,
        Reported,
        Mentioned,
    }

    public ItemKind Kind => ItemKind.PersonCard;

    /// <summary>
    /// What the speaker said, best first: whole quotes and clean reported clauses; then clauses that open
    /// with a pronoun; then fragments quoted inside reported speech; then the sentence that reports them.
    /// </summary>
    private static IEnumerable<(Evidence Evidence, string Text, string? Role, string? SpeakerAsWritten, int Rank, Form Form)> Statements(
        GenerationContext context, SpeakerInfo speaker)
    {
        var openers = ItemTexts.Id.DanglingOpeners.Concat(ItemTexts.En.DanglingOpeners)
            .Concat(ItemTexts.Id.SubjectlessOpeners).Concat(ItemTexts.En.SubjectlessOpeners).ToList();
        bool Dangling(string text) => TextNormal.OpenerOf(text, openers) is not null;
        foreach (var q in context.Findings.Quotes.Where(q => q.Speaker?.Entity == speaker.Id))
        {
            // A fragment quoted inside reported speech ("kekhawatiran serius") says nothing alone: the card
            // shows the sentence that carries it.
            yield return q.Partial && TextNormal.WordCount(q.Text) < FragmentWords
                ? (q.Evidence, Dateline.Strip(context.Around(q.Evidence).Excerpt.Trim()), q.Speaker!.Role, q.SpeakerAsWritten, 3, Form.Mentioned)
                : (q.Evidence, q.Text, q.Speaker!.Role, q.SpeakerAsWritten, q.Partial ? 2 : 0, Form.Quoted);
        }
        foreach (var c in context.Findings.Claims.Where(c => c.Speaker?.Entity == speaker.Id))
        {
            // A clause that leans on its sentence ("Pihaknya akan …", "Akan memperkuat …") is shown with the
            // whole sentence, which names who "pihaknya" is.
            var clause = ClaimClause.Of(c);
            yield return clause is not null && !Dangling(clause)
                ? (c.Evidence, clause, c.Speaker!.Role, c.SpeakerAsWritten, 0, Form.Reported)
                : (c.Evidence, Dateline.Strip(c.Evidence.Excerpt.Trim()), c.Speaker!.Role, c.SpeakerAsWritten, clause is null ? 3 : 1, Form.Mentioned);
        }
    }

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var speaker in context.Speakers)
        {
            var said = Statements(context, speaker)
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
            // The role opens the back of the card: "Profesor di Universitas Ewha Seoul. Mengatakan: …".
            role = string.IsNullOrWhiteSpace(role) ? role : char.ToUpperInvariant(role[0]) + role[1..];
            var shortened = TextNormal.Shorten(said.Text, SaidWords).TrimEnd(',', ';', ' ');
            var back = said.Form switch
            {
                Form.Quoted => ItemTexts.Format(context.Texts.PersonCardSaid, shortened),
                // A claim is the reporter's wording: never put it between quote marks.
                Form.Reported => ItemTexts.Format(context.Texts.PersonCardReported, shortened),
                _ => ItemTexts.Format(context.Texts.PersonCardMentioned, said.Evidence.Label.Value, TextNormal.Shorten(said.Text, SaidWords + 10)),
            };
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
