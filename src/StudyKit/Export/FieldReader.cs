using System.Globalization;

namespace StudyKit.Export;

/// <summary>
/// Reads typed fields from one <see cref="DataMap"/> of a hand-edited file, naming the element
/// (<c>item 'whosaid-…'</c>), the field and the line in every error.
/// </summary>
internal sealed class FieldReader
{
    private readonly DataMap _map;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private FieldReader(DataMap map, string where, string sourcePath)
    {
        _map = map;
        Where = where;
        SourcePath = sourcePath;
    }

    /// <summary>Which element this is, for messages ("item 'whosaid-…'"); empty for the root.</summary>
    public string Where { get; private set; }

    public string SourcePath { get; }

    public int Line => _map.Line;

    /// <summary>A reader over <paramref name="node"/>, which must be a mapping.</summary>
    public static FieldReader Of(DataNode node, string where, string field, string sourcePath) =>
        node is DataMap map ? new FieldReader(map, where, sourcePath) : throw Fail(sourcePath, where, field, ExportMessages.NotMap, node.Line);

    /// <summary>Renames the element once its id is known.</summary>
    public void Rename(string where) => Where = where;

    public StudyKitInputException Error(string field, string problem, int? line = null) =>
        Fail(SourcePath, Where, field, problem, line ?? NodeLine(field));

    /// <summary>The line of <paramref name="field"/>'s key, else of its value, else of the map.</summary>
    public int NodeLine(string field) =>
        _map.KeyLines.TryGetValue(field, out var line) ? line : _map[field] is { Line: > 0 } node ? node.Line : _map.Line;

    public DataNode? Optional(string field)
    {
        _known.Add(field);
        return _map[field] is DataNull ? null : _map[field];
    }

    public DataNode Required(string field) => Optional(field) ?? throw Error(field, ExportMessages.Missing);

    public string Text(string field) => AsText(field, Required(field));

    public string NonEmptyText(string field)
    {
        var text = Text(field);
        return string.IsNullOrWhiteSpace(text) ? throw Error(field, ExportMessages.Empty) : text;
    }

    public string? OptionalText(string field) => Optional(field) is { } node ? AsText(field, node) : null;

    public int Int(string field) => AsInt(field, Required(field));

    public int IntOr(string field, int fallback) => Optional(field) is { } node ? AsInt(field, node) : fallback;

    public bool Bool(string field) => Required(field) is DataBool b ? b.Value : throw Error(field, ExportMessages.NotBool);

    /// <summary>The list in <paramref name="field"/>; an absent field is an empty list.</summary>
    public IReadOnlyList<DataNode> List(string field) => Optional(field) switch
    {
        null => [],
        DataList list => list.Items,
        _ => throw Error(field, ExportMessages.NotList),
    };

    public IReadOnlyList<string> Texts(string field) => [.. List(field).Select(n => AsText(field, n))];

    /// <summary>Fails on any field not read so far (a typo such as <c>promt</c> must not vanish silently).</summary>
    public void RejectUnknown()
    {
        foreach (var field in _map.Fields)
        {
            if (!_known.Contains(field.Key))
            {
                throw Error(field.Key, ExportMessages.UnknownField, NodeLine(field.Key));
            }
        }
    }

    /// <summary>Text, also from a plain YAML scalar the reader took for a number (<c>prompt: 2024</c>).</summary>
    public string AsText(string field, DataNode node) => node switch
    {
        DataString s => s.Value,
        DataNumber n => n.Value,
        _ => throw Error(field, ExportMessages.NotText, node.Line),
    };

    private int AsInt(string field, DataNode node) => node is DataNumber n
        && int.TryParse(n.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value : throw Error(field, ExportMessages.NotNumber, node.Line);

    private static StudyKitInputException Fail(string sourcePath, string where, string field, string problem, int line) =>
        new(sourcePath, ExportMessages.InField(where, field, problem), line > 0 ? line : null);
}
