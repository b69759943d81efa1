using System.Collections.Immutable;

namespace StudyKit.Items;

/// <summary>According to whom? A claim made without quote marks, and its source.</summary>
internal sealed class AccordingToWhomGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.AccordingToWhom;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var claim in context.Findings.Claims.Where(c => c.Speaker is not null))
        {
            if (ClaimClause.Of(claim) is not { } shown)
            {
                continue;
            }
            var speaker = context.Speaker(claim.Speaker!);
            var evidence = QuoteAttribution.For(context, claim.Evidence, speaker);
            var text = QuoteAttribution.Text(evidence);
            var key = QuoteAttribution.Key(claim.Evidence) + "|" + speaker.Id;
            var distractors = context.SpeakerDistractors(speaker, text, key);
            yield return new Candidate
            {
                Kind = Kind,
                Key = key,
                Prompt = ItemTexts.Format(context.Texts.AccordingToWhomPrompt, claim.Evidence.Label.Value),
                Stimulus = shown,
                Choices = [new(speaker.Name, true), .. distractors.Select(d => new Choice(d.Name, false))],
                Answer = speaker.Name,
                Evidence = evidence,
                Explanation = ItemTexts.Format(context.Texts.AccordingToWhomExplanation, context.Ref(evidence[^1]),
                    GenerationContext.NameWithRole(speaker.Name, claim.Speaker!.Role)),
                Difficulty = 2,
                Tags = [speaker.Id.Value],
                AnswerName = (speaker.Name, speaker.Kind),
                Support = new Support(text, [QuoteAttribution.Forms(speaker, claim.SpeakerAsWritten)]),
                DistractorForms = [.. distractors.Select(d => d.Forms)],
                BlankForms = speaker.Forms,
                Sentence = shown,
                Clause = shown,
            };
        }
    }
}
