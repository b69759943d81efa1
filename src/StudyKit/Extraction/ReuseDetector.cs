using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Reuse between articles (copy, rewrite, shared wire) and links between quotes of one statement.</summary>
internal static class ReuseDetector
{
    public sealed record Result(ImmutableArray<Reuse> Reuse, ImmutableArray<QuoteLink> Links);

    public static Result Detect(Corpus corpus, ImmutableArray<Quote> quotes) => new([], []);
}
