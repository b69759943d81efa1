using System.Globalization;

namespace StudyKit.Export;

/// <summary>
/// A small document tree shared by the JSON and YAML writers and readers, so that both formats carry the
/// same shape and a reader can name the line of any field. Maps keep insertion order (the written order).
/// </summary>
internal abstract record DataNode
{
    /// <summary>1-based line in the source text, or 0 for a node built in memory.</summary>
    public int Line { get; init; }

    /// <summary>A string value, or null for <c>null</c>.</summary>
    public static DataNode Text(string? value) => value is null ? new DataNull() : new DataString(value);

    /// <summary>An integer.</summary>
    public static DataNode Number(long value) => new DataNumber(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A fraction rounded to 4 decimals (machine formats never carry more); null when not finite.</summary>
    public static DataNode Number(double value) => !double.IsFinite(value) ? new DataNull() :
        new DataNumber(Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A decimal rounded to 4 decimals, or null.</summary>
    public static DataNode Number(decimal? value) => value is { } v
        ? new DataNumber(Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture))
        : new DataNull();

    /// <summary>A boolean.</summary>
    public static DataNode Bool(bool value) => new DataBool(value);

    /// <summary>A list of <paramref name="items"/>.</summary>
    public static DataList List(IEnumerable<DataNode> items) => new([.. items]);

    /// <summary>A list of strings.</summary>
    public static DataList Strings(IEnumerable<string> items) => new([.. items.Select(i => (DataNode)new DataString(i))]);
}

/// <summary>A JSON/YAML <c>null</c>.</summary>
internal sealed record DataNull : DataNode;

/// <summary>A string scalar.</summary>
internal sealed record DataString(string Value) : DataNode;

/// <summary>A number, kept as its invariant text so writing is exact.</summary>
internal sealed record DataNumber(string Value) : DataNode;

/// <summary>A boolean scalar.</summary>
internal sealed record DataBool(bool Value) : DataNode;

/// <summary>An ordered list.</summary>
internal sealed record DataList(IReadOnlyList<DataNode> Items) : DataNode
{
    /// <summary>Written on one line in YAML (<c>span: [89, 129]</c>); JSON ignores it.</summary>
    public bool Inline { get; init; }
}

/// <summary>An ordered map; keys are unique (readers reject duplicates).</summary>
internal sealed record DataMap(IReadOnlyList<KeyValuePair<string, DataNode>> Fields) : DataNode
{
    /// <summary>The 1-based line of each key as read; empty for a map built in memory.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public DataNode? this[string key] => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal)).Value;
}

/// <summary>Builds a <see cref="DataMap"/> in written order.</summary>
internal sealed class DataMapBuilder
{
    private readonly List<KeyValuePair<string, DataNode>> _fields = [];

    public DataMapBuilder Add(string key, DataNode value)
    {
        _fields.Add(new(key, value));
        return this;
    }

    public DataMapBuilder Add(string key, string? value) => Add(key, DataNode.Text(value));

    public DataMap Build() => new([.. _fields]);
}
