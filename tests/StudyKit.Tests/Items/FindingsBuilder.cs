using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Items;

/// <summary>
/// Builds <see cref="Findings"/> by hand from short texts: articles from paragraphs, and quotes, claims,
/// facts, terms, reuse and quote links located by their text, so every span is exact by construction.
/// </summary>
internal sealed partial class FindingsBuilder
{
    private readonly List<Article> _articles = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<Claim> _claims = [];
    private readonly List<Fact> _facts = [];
    private readonly List<Term> _terms = [];
    private readonly List<Reuse> _reuse = [];
    private readonly List<QuoteLink> _links = [];
    private readonly Dictionary<EntityId, Entity> _entities = [];

    public Article Article(string id, string? outlet, string? title, IReadOnlyList<string> paragraphs,
        IReadOnlyList<string>? wire = null, ArticleLanguage language = ArticleLanguage.Id)
    {
        var text = new StringBuilder();
        var paras = ImmutableArray.CreateBuilder<Paragraph>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var p in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            var start = text.Length;
            text.Append(p);
            var number = new ParagraphNumber(paras.Count + 1);
            paras.Add(new Paragraph(number, new TextSpan(start, text.Length), p));
            var at = 0;
            foreach (Match boundary in SentenceBoundary().Matches(p))
            {
                sentences.Add(new Sentence(number, new TextSpan(start + at, start + boundary.Index), p[at..boundary.Index]));
                at = boundary.Index + boundary.Length;
            }
            sentences.Add(new Sentence(number, new TextSpan(start + at, start + p.Length), p[at..]));
        }
        var article = new Article
        {
            Id = new ArticleId(id),
            File = id + ".txt",
            Label = ArticleLabel.FromIndex(_articles.Count),
            Title = title,
            Outlet = outlet,
            Wire = [.. (wire ?? []).Order(StringComparer.Ordinal)],
            Language = language,
            Text = text.ToString(),
            Paragraphs = paras.ToImmutable(),
            Sentences = sentences.ToImmutable(),
        };
        _articles.Add(article);
        return article;
    }

    public Entity Entity(string name, EntityKind kind = EntityKind.Person, IReadOnlyList<string>? aliases = null, string? role = null)
    {
        var id = new EntityId(Slug(name));
        _entities.TryGetValue(id, out var existing);
        var entity = new Entity
        {
            Id = id,
            Name = name,
            Kind = kind,
            Aliases = [.. (existing?.Aliases ?? []).Concat(aliases ?? []).Distinct().Order(StringComparer.Ordinal)],
            Roles = [.. (existing?.Roles ?? []).Concat(role is null ? [] : [role]).Distinct().Order(StringComparer.Ordinal)],
        };
        _entities[id] = entity;
        return entity;
    }

    public Quote Quote(Article article, string text, string speaker, string? role = null, string? asWritten = null, string? via = null,
        EntityKind kind = EntityKind.Person, QuotePattern pattern = QuotePattern.QuoteVerbSpeaker, bool partial = false)
    {
        var entity = Entity(speaker, kind, role: role);
        var quote = new Quote
        {
            Id = new QuoteId($"{article.Id}#q{_quotes.Count(q => q.Evidence.Article == article.Id) + 1}"),
            Evidence = Find(article, text),
            Speaker = new Speaker(entity.Id, entity.Name, role),
            SpeakerAsWritten = asWritten ?? speaker,
            Via = via,
            Pattern = pattern,
            Partial = partial,
        };
        _quotes.Add(quote);
        return quote;
    }

    public Claim Claim(Article article, string sentence, string content, string speaker, string? role = null,
        string? asWritten = null, EntityKind kind = EntityKind.Person)
    {
        var entity = Entity(speaker, kind, role: role);
        var claim = new Claim
        {
            Evidence = Find(article, sentence),
            Content = content,
            Speaker = new Speaker(entity.Id, entity.Name, role),
            SpeakerAsWritten = asWritten ?? speaker,
        };
        _claims.Add(claim);
        return claim;
    }

    public Fact Fact(Article article, string sentence, string answer, FactKind kind, decimal? value = null, string? unit = null,
        EntityKind? entityKind = null)
    {
        var evidence = Find(article, sentence);
        var at = evidence.Excerpt.IndexOf(answer, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{answer}” is not in “{sentence}”.");
        var fact = new Fact
        {
            Evidence = evidence,
            Answer = StudyKit.Extraction.Evidence.Of(article, new TextSpan(evidence.Span.Start + at, evidence.Span.Start + at + answer.Length)),
            Kind = kind,
            Value = value,
            Unit = unit,
            EntityKind = entityKind,
        };
        _facts.Add(fact);
        return fact;
    }

    public Term Term(Article article, string acronym, string expansion)
    {
        var text = article.Text;
        var at = text.IndexOf(expansion, StringComparison.Ordinal);
        var end = text.IndexOf(acronym, at, StringComparison.Ordinal) + acronym.Length + 1;
        var term = new Term(acronym, expansion, StudyKit.Extraction.Evidence.Of(article, new TextSpan(at, end)));
        _terms.Add(term);
        return term;
    }

    public Reuse Reuse(Article article, Article source, ReuseRelation relation, IReadOnlyList<(string Article, string Source)> pairs,
        IReadOnlyList<string> leftOut, double containment = 0.8)
    {
        var reuse = new Reuse
        {
            Article = article.Id,
            Source = source.Id,
            Containment = containment,
            SourceContainment = containment / 2,
            Relation = relation,
            Pairs = [.. pairs.Select(p => new AlignedPair(Find(article, p.Article), Find(source, p.Source), 0.9, false))],
            LeftOut = [.. leftOut.Select(l => Find(source, l))],
        };
        _reuse.Add(reuse);
        return reuse;
    }

    public void Link(QuoteLinkRelation relation, params Quote[] quotes) =>
        _links.Add(new QuoteLink(relation, [.. quotes.Select(q => q.Id).Order()]));

    public Findings Build()
    {
        var corpus = new Corpus([.. _articles], []);
        static (string, int) Order(Evidence e) => (e.Article.Value, e.Span.Start);
        return new Findings
        {
            Corpus = corpus,
            Quotes = [.. _quotes.OrderBy(q => Order(q.Evidence))],
            Claims = [.. _claims.OrderBy(c => Order(c.Evidence))],
            Facts = [.. _facts.OrderBy(f => Order(f.Evidence)).ThenBy(f => f.Answer.Span.Start)],
            Entities = [.. _entities.Values.Select(e => e with { Articles = [.. _articles.Where(a => a.Text.Contains(e.Name, StringComparison.Ordinal)).Select(a => a.Id)] })
                .OrderBy(e => e.Id)],
            Terms = [.. _terms.OrderBy(t => Order(t.Evidence))],
            Reuse = [.. _reuse.OrderBy(r => r.Article).ThenBy(r => r.Source)],
            QuoteLinks = [.. _links],
        };
    }

    public static Evidence Find(Article article, string text)
    {
        var at = article.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{text}” is not in article {article.Id}.");
        return StudyKit.Extraction.Evidence.Of(article, new TextSpan(at, at + text.Length));
    }

    private static string Slug(string name) =>
        string.Join('-', Regex.Split(name.ToLowerInvariant(), "[^a-z0-9]+").Where(p => p.Length > 0));

    // A sentence ends after . ! ? (or a closing quote after one) before a capital or an opening quote.
    [GeneratedRegex(@"(?<=[.!?][”""]?)\s+(?=[A-Z“""])")]
    private static partial Regex SentenceBoundary();
}
