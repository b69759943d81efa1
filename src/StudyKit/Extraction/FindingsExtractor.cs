using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Extracts quotes, claims, entities, facts, terms and reuse from a corpus. Pure and deterministic.</summary>
public sealed class FindingsExtractor
{
    /// <summary>The findings of <paramref name="corpus"/>.</summary>
    public Findings Extract(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var speech = SpeechExtractor.Extract(corpus);
        var facts = FactExtractor.Extract(corpus, speech.Entities);
        var terms = TermExtractor.Extract(corpus);
        var reuse = ReuseDetector.Detect(corpus, speech.Quotes);
        return new Findings
        {
            Corpus = corpus,
            Quotes = speech.Quotes,
            Claims = speech.Claims,
            Entities = speech.Entities,
            Facts = facts,
            Terms = terms,
            Reuse = reuse.Reuse,
            QuoteLinks = reuse.Links,
        };
    }
}
