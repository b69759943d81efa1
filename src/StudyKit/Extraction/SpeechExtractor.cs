using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Quotes, claims and the entities that speak in them, resolved across the corpus.</summary>
internal static class SpeechExtractor
{
    public sealed record Result(ImmutableArray<Quote> Quotes, ImmutableArray<Claim> Claims, ImmutableArray<Entity> Entities);

    /// <summary>Reads every article in corpus order; quotes and claims come out sorted by article, then span start.</summary>
    public static Result Extract(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var resolver = new EntityResolver(corpus);
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        var claims = ImmutableArray.CreateBuilder<Claim>();
        foreach (var article in corpus.Articles)
        {
            var (q, c) = new ArticleSpeech(article, resolver).Run();
            quotes.AddRange(q.OrderBy(x => x.Evidence.Span.Start));
            claims.AddRange(c.OrderBy(x => x.Evidence.Span.Start));
            resolver.RegisterNamedPeople(article);
        }
        return new Result(quotes.ToImmutable(), claims.ToImmutable(), resolver.Entities());
    }
}
