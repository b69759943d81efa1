using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>A sentence prepared for alignment: its character 4-grams and how much narrative it holds.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Grams">Sorted distinct character 4-grams of its canonical narrative text (or of the whole sentence when it is
/// almost all quote).</param>
/// <param name="NarrativeWords">Words outside quotes.</param>
internal sealed record AlignedSentence(Sentence Sentence, ulong[] Grams, int NarrativeWords);

/// <summary>
/// What reuse scoring needs from one article: its narrative (the text with quoted spans removed, lower-cased,
/// punctuation stripped, numbers normalised), word 5-grams, stopword 8-grams, anchors and sentences.
/// Quotes are removed because independent reports of one press conference share the quotes, not the story.
/// </summary>
internal sealed class NarrativeProfile
{
    /// <summary>Word n-gram size for containment.</summary>
    public const int WordGram = 5;

    /// <summary>Stopword n-gram size (Stamatatos).</summary>
    public const int StopGram = 8;

    /// <summary>A sentence with fewer narrative words is aligned on its whole text and not scored.</summary>
    public const int MinNarrativeWords = 4;

    private NarrativeProfile(Article article, ImmutableArray<TextSpan> quotes, List<WordToken> tokens,
        ImmutableArray<AlignedSentence> sentences, ImmutableArray<string> anchors)
    {
        Article = article;
        Quotes = quotes;
        Words = tokens.Select(t => t.Text).ToList();
        FiveGrams = Shingles.WordGrams(Words, WordGram);
        StopGrams = Shingles.WordGrams(Words.Where(ReuseVocabulary.AllStopwords.Contains).ToList(), StopGram);
        Sentences = sentences;
        Anchors = anchors;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>Quoted spans removed from the narrative, sorted.</summary>
    public ImmutableArray<TextSpan> Quotes { get; }

    /// <summary>Narrative words in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Hashed narrative word 5-grams.</summary>
    public HashSet<ulong> FiveGrams { get; }

    /// <summary>Hashed 8-grams of the narrative's stopword sequence.</summary>
    public HashSet<ulong> StopGrams { get; }

    /// <summary>Sentences in text order.</summary>
    public ImmutableArray<AlignedSentence> Sentences { get; }

    /// <summary>Numbers and capitalised non-initial words of the narrative, in order.</summary>
    public ImmutableArray<string> Anchors { get; }

    /// <summary>The profile of <paramref name="article"/>, removing <paramref name="quoteSpans"/> and any text between marks.</summary>
    public static NarrativeProfile Of(Article article, IEnumerable<TextSpan> quoteSpans)
    {
        var quotes = quoteSpans.Concat(QuoteMarks.Spans(article)).OrderBy(s => s.Start).ThenBy(s => s.End).ToImmutableArray();
        var tokens = new List<WordToken>();
        var sentences = ImmutableArray.CreateBuilder<AlignedSentence>();
        var anchors = ImmutableArray.CreateBuilder<string>();
        var skipped = Shingles.SkipSpans(quotes);
        foreach (var sentence in SentenceSpans.Of(article))
        {
            var narrative = Shingles.Tokens(article.Text, sentence.Span, skipped);
            tokens.AddRange(narrative);
            var basis = narrative.Count >= MinNarrativeWords ? narrative : Shingles.Tokens(article.Text, sentence.Span);
            if (basis.Count > 0)
            {
                var canonical = string.Join(' ', basis.Select(t => t.Text));
                sentences.Add(new AlignedSentence(sentence, Shingles.SortedCharGrams(canonical, 4), narrative.Count));
            }
            for (var k = 0; k < narrative.Count; k++)
            {
                var token = narrative[k];
                var initial = token.Start == sentence.Span.Start || k == 0 && IsOpening(article.Text, sentence.Span.Start, token.Start);
                if (char.IsDigit(token.Text[0])
                    || !initial && char.IsUpper(article.Text[token.Start]) && !ReuseVocabulary.AllStopwords.Contains(token.Text))
                {
                    anchors.Add(token.Text);
                }
            }
        }
        return new NarrativeProfile(article, quotes, tokens, sentences.ToImmutable(), anchors.ToImmutable());
    }

    private static bool IsOpening(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
