using System.Collections.Immutable;

namespace StudyKit.Items;

/// <summary>Who said this quote? The speaker against other speakers of the same kind from the corpus.</summary>
internal sealed class WhoSaidGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.WhoSaid;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var quote in QuoteAttribution.Attributed(context))
        {
            var speaker = context.Speaker(quote.Speaker!);
            var evidence = QuoteAttribution.For(context, quote.Evidence, speaker);
            var text = QuoteAttribution.Text(evidence);
            var key = QuoteAttribution.Key(quote.Evidence) + "|" + speaker.Id;
            var distractors = context.SpeakerDistractors(speaker, text, key);
            yield return new Candidate
            {
                Kind = Kind,
                Key = key,
                Prompt = context.Texts.WhoSaidPrompt,
                Stimulus = QuoteAttribution.Show(quote.Text),
                Choices = [new(speaker.Name, true), .. distractors.Select(d => new Choice(d.Name, false))],
                Answer = speaker.Name,
                Evidence = evidence,
                Explanation = ItemTexts.Format(context.Texts.WhoSaidExplanation, context.Ref(evidence[^1]),
                    GenerationContext.NameWithRole(speaker.Name, quote.Speaker!.Role)),
                Difficulty = quote.Pattern is Extraction.QuotePattern.Pronoun or Extraction.QuotePattern.Continuation ? 3
                    : distractors.All(d => d.Class == speaker.Class) ? 2 : 1,
                Tags = [speaker.Id.Value],
                AnswerName = (speaker.Name, speaker.Kind),
                Support = new Support(text, [QuoteAttribution.Forms(speaker, quote.SpeakerAsWritten)]),
                DistractorForms = [.. distractors.Select(d => d.Forms)],
                Quote = quote.Text,
            };
        }
    }
}
