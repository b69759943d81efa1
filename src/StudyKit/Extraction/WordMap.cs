using System.Collections.Frozen;

namespace StudyKit.Extraction;

/// <summary>A frozen map from words to values, asked about words as they lie in a text (see <see cref="WordSet"/>).</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The map of <paramref name="pairs"/> under <paramref name="comparer"/>.</summary>
    public WordMap(IEnumerable<KeyValuePair<string, TValue>> pairs, StringComparer comparer)
    {
        Pairs = pairs.ToFrozenDictionary(comparer);
        _lookup = Pairs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words and their values.</summary>
    public FrozenDictionary<string, TValue> Pairs { get; }

    /// <summary>The value of <paramref name="word"/>, when the map holds it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => _lookup.TryGetValue(word, out value!);

    /// <summary>True when the map holds <paramref name="word"/>.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}
