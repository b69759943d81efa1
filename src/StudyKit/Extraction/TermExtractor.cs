using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Acronyms with their expansions, including translated long forms.</summary>
internal static class TermExtractor
{
    public static ImmutableArray<Term> Extract(Corpus corpus) => [];
}
