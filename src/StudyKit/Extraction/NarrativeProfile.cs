using System.Buffers;
using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>A sentence prepared for alignment (<see cref="NarrativeProfile.ScanSentence"/> gives the words it is aligned on).</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="NarrativeWords">Words outside quotes.</param>
internal sealed record AlignedSentence(Sentence Sentence, int NarrativeWords);

/// <summary>
/// What reuse scoring needs from one article: its narrative (the text with quoted spans removed, lower-cased,
/// punctuation stripped, numbers normalised), word 5-grams, stopword 8-grams, anchors and sentences.
/// Quotes are removed because independent reports of one press conference share the quotes, not the story.
/// The article is tokenised once, into one buffer; words are kept as hashes, not strings.
/// </summary>
internal sealed class NarrativeProfile
{
    /// <summary>Word n-gram size for containment.</summary>
    public const int WordGram = 5;

    /// <summary>Stopword n-gram size (Stamatatos).</summary>
    public const int StopGram = 8;

    /// <summary>A sentence with fewer narrative words is aligned on its whole text and not scored.</summary>
    public const int MinNarrativeWords = 4;

    private readonly TextSpan[] _skipped;
    private readonly ulong[] _stopwords;
    private ulong[]? _fiveGrams;
    private ulong[]? _stopGrams;
    private ulong[]? _firstMentions;

    private NarrativeProfile(Article article, ImmutableArray<TextSpan> quotes, TextSpan[] skipped, ImmutableArray<AlignedSentence> sentences,
        ReadOnlySpan<ulong> words, ulong[] stopwords, ulong[] anchors)
    {
        Article = article;
        Quotes = quotes;
        _skipped = skipped;
        Sentences = sentences;
        FiveGramHashes = Shingles.WordGramHashes(words, WordGram);
        _stopwords = stopwords;
        AnchorHashes = anchors;
        var scored = new List<int>(sentences.Length);
        for (var i = 0; i < sentences.Length; i++)
        {
            if (sentences[i].NarrativeWords >= MinNarrativeWords)
            {
                scored.Add(i);
            }
        }
        Scored = [.. scored];
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>Quoted spans removed from the narrative, sorted.</summary>
    public ImmutableArray<TextSpan> Quotes { get; }

    /// <summary>Hashed narrative word 5-grams in text order, repeats kept: what the candidate index takes. The words are
    /// kept as these hashes only, not as strings.</summary>
    public ulong[] FiveGramHashes { get; }

    /// <summary>Hashed narrative word 5-grams, sorted and distinct. Made on first use, as are the other sets only
    /// judging needs: most articles of an archive are in no candidate pair.</summary>
    public ulong[] FiveGrams => _fiveGrams ??= Shingles.SortDistinct(FiveGramHashes.ToArray());

    /// <summary>Hashed 8-grams of the narrative's stopword sequence, sorted and distinct.</summary>
    public ulong[] StopGrams => _stopGrams ??= Shingles.SortDistinct(Shingles.WordGramHashes(_stopwords, StopGram));

    /// <summary>Sentences in text order.</summary>
    public ImmutableArray<AlignedSentence> Sentences { get; }

    /// <summary>Indexes of the sentences that are scored (<see cref="MinNarrativeWords"/> narrative words or more), ascending.</summary>
    public int[] Scored { get; }

    /// <summary>Numbers and capitalised non-initial words of the narrative, in order, as 64-bit hashes of their normalised
    /// letters (<see cref="Shingles.Hash(ReadOnlySpan{char}, ulong)"/>). Reuse and quote links compare anchors by these
    /// hashes, not by their letters: two different words would have to collide in 64 bits to count as one.</summary>
    public ulong[] AnchorHashes { get; }

    /// <summary><see cref="AnchorHashes"/> at their first mention only, in order.</summary>
    public ulong[] FirstMentions => _firstMentions ??= [.. AnchorHashes.Distinct()];

    /// <summary>The profile of <paramref name="article"/>, removing <paramref name="quoteSpans"/> and any text between marks.
    /// <paramref name="scanner"/>, when given, is the buffer the words are scanned into (one can serve every article in turn).</summary>
    public static NarrativeProfile Of(Article article, IEnumerable<TextSpan> quoteSpans, WordScanner? scanner = null)
    {
        var text = article.Text;
        var quotes = quoteSpans.Concat(QuoteMarks.Spans(article)).OrderBy(s => s.Start).ThenBy(s => s.End).ToImmutableArray();
        var skipped = Shingles.SkipSpans(quotes);
        var all = SentenceSpans.Of(article);
        // First every sentence's narrative words into one buffer (firsts[s] is sentence s's first word), then their hashes.
        var narrative = scanner ?? new WordScanner(text.Length);
        narrative.Clear();
        var firsts = new int[all.Length + 1];
        for (var s = 0; s < all.Length; s++)
        {
            firsts[s] = narrative.Count;
            narrative.Scan(text, all[s].Span, skipped);
        }
        firsts[^1] = narrative.Count;
        var sentences = ImmutableArray.CreateBuilder<AlignedSentence>(all.Length);
        // Word hashes in rented buffers, as long as the article has words: the profile keeps only their grams and
        // exact copies of the stopwords and anchors.
        var (words, stopwords, stopwordCount) = (ArrayPool<ulong>.Shared.Rent(narrative.Count), ArrayPool<ulong>.Shared.Rent(narrative.Count), 0);
        var (anchors, anchorCount) = (ArrayPool<ulong>.Shared.Rent(narrative.Count), 0);
        var stopwordSet = ReuseVocabulary.StopwordSpans;
        for (var s = 0; s < all.Length; s++)
        {
            var (sentence, first) = (all[s].Span, firsts[s]);
            var count = firsts[s + 1] - first;
            if (count >= MinNarrativeWords || HasWords(text, sentence))
            {
                sentences.Add(new AlignedSentence(all[s], count));
            }
            for (var k = first; k < firsts[s + 1]; k++)
            {
                var token = narrative[k];
                var letters = narrative.Letters(k);
                var stopword = stopwordSet.Contains(letters);
                words[k] = Shingles.Hash(letters);
                if (stopword)
                {
                    stopwords[stopwordCount++] = words[k];
                }
                var initial = token.Start == sentence.Start || k == first && IsOpening(text, sentence.Start, token.Start);
                if (char.IsDigit(letters[0]) || !initial && char.IsUpper(text[token.Start]) && !stopword)
                {
                    anchors[anchorCount++] = words[k];
                }
            }
        }
        var profile = new NarrativeProfile(article, quotes, skipped, sentences.DrainToImmutable(), words.AsSpan(0, narrative.Count),
            stopwords.AsSpan(0, stopwordCount).ToArray(), anchors.AsSpan(0, anchorCount).ToArray());
        ArrayPool<ulong>.Shared.Return(words);
        ArrayPool<ulong>.Shared.Return(stopwords);
        ArrayPool<ulong>.Shared.Return(anchors);
        return profile;
    }

    /// <summary>Scans into <paramref name="words"/> (cleared first) what sentence <paramref name="index"/> is aligned on:
    /// its narrative words, or its whole text when it is almost all quote.</summary>
    public void ScanSentence(int index, WordScanner words)
    {
        // A sentence scans alone as it did within the article: skipping and clitics never cross sentences.
        var aligned = Sentences[index];
        words.Clear();
        words.Scan(Article.Text, aligned.Sentence.Span, aligned.NarrativeWords >= MinNarrativeWords ? _skipped : []);
    }

    /// <summary>True when <paramref name="span"/> holds a word (a letter or digit), quotes included.</summary>
    private static bool HasWords(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }
        return false;
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
