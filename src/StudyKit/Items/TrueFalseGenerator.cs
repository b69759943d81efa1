using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// True or false: who said a quote, or which article carries it. A false statement swaps in a real other
/// speaker (of the same kind, not named in the evidence) or a real other article that does not carry the
/// quote, so it is clearly false by the evidence. The four shapes (said/carried, true/false) take turns
/// over the quotes in a stable hashed order, so a bank holds about as many false statements as true ones.
/// </summary>
internal sealed class TrueFalseGenerator : IItemGenerator
{
    private const int QuoteWords = 25;

    public ItemKind Kind => ItemKind.TrueFalse;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        var quotes = QuoteAttribution.Attributed(context)
            .OrderBy(q => GenerationContext.Shuffle("true-false", QuoteAttribution.Key(q.Evidence)), StringComparer.Ordinal).ToList();
        for (var i = 0; i < quotes.Count; i++)
        {
            var baseKey = QuoteAttribution.Key(quotes[i].Evidence);
            var shape = i % 4;
            yield return shape < 2 ? Said(context, quotes[i], baseKey, lie: shape == 1) : Carried(context, quotes[i], baseKey, lie: shape == 3);
        }
    }

    private Candidate Said(GenerationContext context, Quote quote, string baseKey, bool lie)
    {
        var speaker = context.Speaker(quote.Speaker!);
        var evidence = QuoteAttribution.For(context, quote.Evidence, speaker);
        var text = QuoteAttribution.Text(evidence);
        var wrong = lie ? context.SpeakerDistractors(speaker, text, baseKey, 1).FirstOrDefault() : null;
        var named = wrong ?? speaker;
        var texts = context.Texts;
        var reference = context.Ref(evidence[^1]);
        return Build(context, quote, baseKey + "|said:" + named.Id, truth: wrong is null,
            ItemTexts.Format(texts.TrueFalseSaid, named.Name, TextNormal.Shorten(quote.Text, QuoteWords).TrimEnd(',', ';', ' ')),
            wrong is null
                ? ItemTexts.Format(texts.TrueFalseSaidTrue, reference, speaker.Name)
                : ItemTexts.Format(texts.TrueFalseSaidFalse, reference, speaker.Name, wrong.Name),
            evidence,
            new Support(text, [QuoteAttribution.Forms(speaker, quote.SpeakerAsWritten)]),
            wrong is null ? [] : [wrong.Forms]) with { Tags = [speaker.Id.Value], AnswerName = (speaker.Name, speaker.Kind) };
    }

    private Candidate Carried(GenerationContext context, Quote quote, string baseKey, bool lie)
    {
        var article = context.Article(quote.Evidence.Article);
        var around = context.Around(quote.Evidence);
        // An article carrying the same statement in other words would make "false" arguable.
        var linked = context.Findings.QuoteLinks.Where(l => l.Quotes.Contains(quote.Id)).SelectMany(l => l.Quotes).ToHashSet();
        var linkedArticles = context.Findings.Quotes.Where(q => linked.Contains(q.Id)).Select(q => q.Evidence.Article).ToHashSet();
        var runs = TextNormal.WordRuns.Of(quote.Text, GenerationContext.RunWords);
        var wrong = lie
            ? context.Articles.Where(a => a.Id != article.Id && a.Language == article.Language && !linkedArticles.Contains(a.Id)
                    && !context.Carries(a, runs))
                .OrderBy(a => GenerationContext.Shuffle(baseKey, a.Id.Value), StringComparer.Ordinal).FirstOrDefault()
            : null;
        var named = wrong ?? article;
        var texts = context.Texts;
        var support = new Support(around.Excerpt + "\n" + context.Metadata(article), [[context.ArticleChoice(article)]]);
        return Build(context, quote, baseKey + "|carried:" + named.Id, truth: wrong is null,
            ItemTexts.Format(texts.TrueFalseCarried, named.Label.Value, TextNormal.Shorten(quote.Text, QuoteWords).TrimEnd(',', ';', ' ')),
            wrong is null
                ? ItemTexts.Format(texts.TrueFalseCarriedTrue, context.Ref(around))
                : ItemTexts.Format(texts.TrueFalseCarriedFalse, context.Ref(around), wrong.Label.Value),
            [around], support, wrong is null ? [] : [[context.ArticleChoice(wrong)]]) with
        {
            Tags = quote.Speaker is null ? [] : [quote.Speaker.Entity.Value],
            ArticlesNeeded = 2,
        };
    }

    private Candidate Build(GenerationContext context, Quote quote, string key, bool truth, string statement, string explanation,
        ImmutableArray<Evidence> evidence, Support support, ImmutableArray<ImmutableArray<string>> distractors) => new()
    {
        Kind = Kind,
        Key = key,
        Prompt = context.Texts.TrueFalsePrompt,
        Stimulus = statement,
        Choices = [new(context.Texts.True, truth), new(context.Texts.False, !truth)],
        Answer = truth ? context.Texts.True : context.Texts.False,
        Evidence = evidence,
        Explanation = explanation,
        Difficulty = truth ? 1 : 2,
        Support = support,
        DistractorForms = distractors,
        Quote = quote.Text,
    };
}
