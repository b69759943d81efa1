namespace StudyKit.Items;

/// <summary>Via whom did a quote reach the article ("seperti dikutip kantor berita Tass", "dilansir The Guardian")?</summary>
internal sealed class QuoteViaGenerator : IItemGenerator
{
    public ItemKind Kind => ItemKind.QuoteVia;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        foreach (var quote in context.Findings.Quotes.Where(q => q.Via is { Length: > 1 }))
        {
            var via = quote.Via!.Trim();
            var around = context.Around(quote.Evidence);
            var article = context.Article(quote.Evidence.Article);
            var key = QuoteAttribution.Key(quote.Evidence) + "|via:" + via;
            // A name the article itself mentions could be read as a source too, so it is no distractor.
            var distractors = SourceNames.Distractors(context, via, [], context.SourceText(article), key, agenciesOnly: false);
            yield return new Candidate
            {
                Kind = Kind,
                Key = key,
                Prompt = ItemTexts.Format(context.Texts.QuoteViaPrompt, quote.Evidence.Label.Value),
                Stimulus = QuoteAttribution.Show(quote.Text),
                Choices = [new(via, true), .. distractors.Select(d => new Choice(d, false))],
                Answer = via,
                Evidence = [around],
                Explanation = ItemTexts.Format(context.Texts.QuoteViaExplanation, context.Ref(around), via),
                Difficulty = 2,
                Tags = quote.Speaker is null ? [] : [quote.Speaker.Entity.Value],
                Support = new Support(around.Excerpt, [[via]]),
                DistractorForms = [.. distractors.Select(d => (System.Collections.Immutable.ImmutableArray<string>)[d])],
                Quote = quote.Text,
            };
        }
    }
}
