using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Sentences with an answerable span: a number with its unit, a date, a named entity.</summary>
internal static class FactExtractor
{
    public static ImmutableArray<Fact> Extract(Corpus corpus, ImmutableArray<Entity> entities) => [];
}
