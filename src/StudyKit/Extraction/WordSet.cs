using System.Collections.Frozen;

namespace StudyKit.Extraction;

/// <summary>
/// A frozen set of words asked about words as they lie in a text: <see cref="Contains"/> takes the characters
/// (a span of the article, or a string), so scanning an article makes no string per word it looks up.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The set of <paramref name="words"/> under <paramref name="comparer"/> (ordinal, or ordinal ignoring case).</summary>
    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        Words = words.ToFrozenSet(comparer);
        _lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words.</summary>
    public FrozenSet<string> Words { get; }

    /// <summary>True when the set holds <paramref name="word"/>, as the set's comparer compares.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
