namespace StudyKit.Items;

/// <summary>Study card: a quote on the front; its speaker and role on the back.</summary>
internal sealed class QuoteCardGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.QuoteCard;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var quote in QuoteAttribution.Attributed(context))
        {
            var speaker = context.Speaker(quote.Speaker!);
            var evidence = QuoteAttribution.For(context, quote.Evidence, speaker);
            yield return new Candidate
            {
                Kind = Kind,
                Key = QuoteAttribution.Key(quote.Evidence) + "|" + speaker.Id,
                Prompt = QuoteAttribution.Show(quote.Text),
                Answer = GenerationContext.NameWithRole(speaker.Name, quote.Speaker!.Role ?? speaker.Roles.FirstOrDefault()),
                Evidence = evidence,
                Explanation = ItemTexts.Format(context.Texts.CardSource, context.Ref(evidence[^1])),
                Difficulty = 1,
                Tags = [speaker.Id.Value],
                AnswerName = (speaker.Name, speaker.Kind),
                Support = new Support(QuoteAttribution.Text(evidence), [QuoteAttribution.Forms(speaker, quote.SpeakerAsWritten)]),
                Quote = quote.Text,
            };
        }
    }
}
