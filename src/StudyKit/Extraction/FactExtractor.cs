using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Sentences with an answerable span: a number with its unit in the article's own notation ("11.000
/// kontainer", "12,46%", "Rp 10.000"), a date ("Rabu (19/6/2024)", "19 Juni 2024", "tahun 2006") or a named
/// entity (from the entity list, else a gazetteer place or organisation). Spans inside quote marks are
/// skipped: a cloze should test what the article reports, not what someone said.
/// </summary>
internal static partial class FactExtractor
{
    /// <summary>Facts of every article, sorted by article, then sentence, then answer span.</summary>
    public static ImmutableArray<Fact> Extract(Corpus corpus, ImmutableArray<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var facts = new List<Fact>();
        var all = entities.IsDefault ? [] : entities;
        // Each article's entities, in list order, found once for the corpus rather than by a scan per article.
        var everywhere = new List<int>();
        var byArticle = new Dictionary<ArticleId, List<int>>();
        for (var e = 0; e < all.Length; e++)
        {
            if (all[e].Articles.IsDefaultOrEmpty)
            {
                everywhere.Add(e);
                continue;
            }
            foreach (var id in all[e].Articles.Distinct())
            {
                if (!byArticle.TryGetValue(id, out var list))
                {
                    byArticle[id] = list = [];
                }
                list.Add(e);
            }
        }
        foreach (var article in corpus.Articles)
        {
            var own = byArticle.GetValueOrDefault(article.Id) ?? [];
            var mine = everywhere.Count == 0 ? own : [.. everywhere.Concat(own).Order()];
            facts.AddRange(ExtractOwn(article, mine.Select(e => all[e]).ToImmutableArray()));
        }
        return facts.OrderBy(f => f.Evidence.Article.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.Span.Start).ThenBy(f => f.Answer.Span.Start).ThenBy(f => f.Answer.Span.End)
            .ToImmutableArray();
    }

    /// <summary>Facts of one article; of <paramref name="entities"/>, those of this article or of no article in particular count.</summary>
    public static List<Fact> Extract(Article article, ImmutableArray<Entity> entities) =>
        ExtractOwn(article, [.. entities.Where(e => e.Articles.IsDefaultOrEmpty || e.Articles.Contains(article.Id))]);

    /// <summary>Facts of one article, given the entities that count for it (the corpus picks them once for all articles).</summary>
    private static List<Fact> ExtractOwn(Article article, ImmutableArray<Entity> entities)
    {
        var vocabulary = FactVocabulary.For(article.Language);
        var quotes = QuoteMarks.Spans(article);
        var names = EntityNames(article, entities);
        // Looked up by the characters of the answer: a string is made only for an entity met the first time.
        var seenEntities = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var facts = new List<Fact>();
        // Each word is lower-cased into this buffer at its own offset (see Words), so that no word needs a lower-case
        // string of its own.
        var lowered = ArrayPool<char>.Shared.Rent(article.Text.Length);
        // Both lists serve one sentence at a time.
        var words = new List<Word>();
        var found = new List<Candidate>();
        foreach (var sentence in SentenceSpans.Of(article))
        {
            Words(article.Text, lowered, sentence.Span, words);
            found.Clear();
            Dates(article.Text, sentence.Span, words, vocabulary, found);
            Numbers(article, words, vocabulary, found);
            Entities(article.Text, sentence.Span, words, vocabulary, names, found);
            // The facts of one sentence share its evidence.
            Evidence? evidence = null;
            foreach (var candidate in found)
            {
                if (QuoteMarks.Overlaps(quotes, candidate.Span)
                    || candidate.Kind == FactKind.Entity && !seenEntities.Add(article.Text.AsSpan(candidate.Span.Start, candidate.Span.Length)))
                {
                    continue;
                }
                facts.Add(new Fact
                {
                    Evidence = evidence ??= Evidence.Of(article, sentence.Span),
                    Answer = Evidence.Of(article, candidate.Span),
                    Kind = candidate.Kind,
                    Value = candidate.Value,
                    Unit = candidate.Unit,
                    EntityKind = candidate.EntityKind,
                });
            }
        }
        ArrayPool<char>.Shared.Return(lowered);
        return facts;
    }

    private sealed record Candidate(TextSpan Span, FactKind Kind, decimal? Value = null, string? Unit = null, EntityKind? EntityKind = null);

    // Matches "(19/6/2024)", "(19/6)" and "19/06/2024".
    [GeneratedRegex(@"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])")]
    private static partial Regex NumericDatePattern();

    private static bool Free(List<Candidate> found, TextSpan span) => !found.Any(c => c.Span.Overlaps(span));

    private static bool OnlySpaces(string text, int from, int to, bool allowComma = false)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !(allowComma && text[i] == ','))
            {
                return false;
            }
        }
        return true;
    }
}
