using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Quotes, claims and the entities that speak in them, resolved across the corpus.</summary>
internal static class SpeechExtractor
{
    public sealed record Result(ImmutableArray<Quote> Quotes, ImmutableArray<Claim> Claims, ImmutableArray<Entity> Entities);

    public static Result Extract(Corpus corpus) => new([], [], []);
}
