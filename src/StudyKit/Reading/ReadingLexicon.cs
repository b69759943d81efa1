using System.Collections.Frozen;

namespace StudyKit.Reading;

/// <summary>
/// The language rules of reading as data: one table per language (<see cref="Id"/>, <see cref="En"/>).
/// Noise and metadata lines may be in either language whatever the article's language, so the reader
/// consults <see cref="All"/>.
/// </summary>
internal sealed partial record ReadingLexicon
{
    /// <summary>Frequent function words, for language detection.</summary>
    public required FrozenSet<string> StopWords { get; init; }

    /// <summary>Month names and abbreviations (lower case) → month number.</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    /// <summary>Day names (lower case).</summary>
    public required IReadOnlyList<string> Days { get; init; }

    /// <summary>Whole lines that are page furniture ("BERITA TERKAIT", "SCROLL TO CONTINUE WITH CONTENT") → reason.</summary>
    public required IReadOnlyDictionary<string, string> NoiseLines { get; init; }

    /// <summary>
    /// Line openings that make the whole line noise ("Baca Juga:", "Simak juga Video"), with the reason and
    /// whether the match is case-sensitive ("MEMBACA" is a marker only in capitals).
    /// </summary>
    public required IReadOnlyList<NoisePrefix> NoisePrefixes { get; init; }

    /// <summary>Abbreviations (lower case, without the final dot) after which a sentence never ends ("dr", "jl", "rp").</summary>
    public required FrozenSet<string> Abbreviations { get; init; }

    /// <summary>Abbreviations that end a sentence when a capital follows ("dll", "etc").</summary>
    public required FrozenSet<string> ClosingAbbreviations { get; init; }

    /// <summary>Byline openers ("oleh", "by").</summary>
    public required IReadOnlyList<string> BylineOpeners { get; init; }

    /// <summary>Credit-line keys ("Editor", "Penulis", "Sumber") → what the value is.</summary>
    public required IReadOnlyDictionary<string, CreditField> CreditKeys { get; init; }

    /// <summary>Words that join a list of names ("dan", "and").</summary>
    public required IReadOnlyList<string> NameJoiners { get; init; }

    /// <summary>Both languages' rules merged.</summary>
    public static ReadingLexicon All => LazyAll.Value;

    // Lazy: the per-language tables live in other parts of this partial type, whose initialisation order is unspecified.
    private static readonly Lazy<ReadingLexicon> LazyAll = new(MergeAll);

    private static ReadingLexicon MergeAll() => Merge(Id, En);

    private static ReadingLexicon Merge(ReadingLexicon a, ReadingLexicon b) => new()
    {
        StopWords = a.StopWords.Union(b.StopWords).ToFrozenSet(StringComparer.Ordinal),
        Months = Union(a.Months, b.Months),
        Days = [.. a.Days.Union(b.Days)],
        NoiseLines = Union(a.NoiseLines, b.NoiseLines),
        NoisePrefixes = [.. a.NoisePrefixes, .. b.NoisePrefixes],
        Abbreviations = a.Abbreviations.Union(b.Abbreviations).ToFrozenSet(StringComparer.Ordinal),
        ClosingAbbreviations = a.ClosingAbbreviations.Union(b.ClosingAbbreviations).ToFrozenSet(StringComparer.Ordinal),
        BylineOpeners = [.. a.BylineOpeners.Union(b.BylineOpeners)],
        CreditKeys = Union(a.CreditKeys, b.CreditKeys),
        NameJoiners = [.. a.NameJoiners.Union(b.NameJoiners)],
    };

    private static FrozenDictionary<string, T> Union<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b)
    {
        var merged = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in a.Concat(b))
        {
            merged.TryAdd(key, value);
        }
        return merged.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A line opening that marks noise.</summary>
/// <param name="Marker">The opening text.</param>
/// <param name="Reason">The noise reason code.</param>
/// <param name="CaseSensitive">True when only this exact casing is a marker.</param>
internal sealed record NoisePrefix(string Marker, string Reason, bool CaseSensitive = false);

/// <summary>What a credit-line key introduces.</summary>
internal enum CreditField
{
    Author,
    Editor,
    Wire,
    Ignored,
}
