using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StudyKit.Export;

/// <summary>
/// Writes a <see cref="DataNode"/> tree as YAML and reads YAML back into a tree. Reading goes through
/// YamlDotNet's representation model (nodes, never objects): no type is ever instantiated from input, and
/// tags and anchors are refused, so a hand-edited file can carry data only.
/// </summary>
internal static partial class YamlTree
{
    /// <summary>The YAML text of <paramref name="root"/> with <c>\n</c> line ends.</summary>
    public static string Write(DataNode root)
    {
        var stream = new YamlStream(new YamlDocument(ToYaml(root)));
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // YamlDotNet closes each document with "..."; one document needs no end marker.
        const string End = "...\n";
        return text.EndsWith(End, StringComparison.Ordinal) ? text[..^End.Length] : text;
    }

    private static YamlNode ToYaml(DataNode node) => node switch
    {
        DataNull => new YamlScalarNode("null") { Style = ScalarStyle.Plain },
        DataBool b => new YamlScalarNode(b.Value ? "true" : "false") { Style = ScalarStyle.Plain },
        DataNumber n => new YamlScalarNode(n.Value) { Style = ScalarStyle.Plain },
        DataString s => new YamlScalarNode(s.Value) { Style = NeedsQuotes(s.Value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any },
        DataList { Items.Count: 0 } => new YamlSequenceNode { Style = SequenceStyle.Flow },
        DataList list => new YamlSequenceNode(list.Items.Select(ToYaml)) { Style = list.Inline ? SequenceStyle.Flow : SequenceStyle.Any },
        DataMap { Fields.Count: 0 } => new YamlMappingNode { Style = MappingStyle.Flow },
        DataMap map => new YamlMappingNode(map.Fields.Select(f => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(f.Key), ToYaml(f.Value)))),
        _ => throw new InvalidOperationException($"Unknown node type {node.GetType().Name}."),
    };

    /// <summary>A string that a YAML reader would take for null, a boolean or a number, or that holds
    /// characters a plain scalar cannot carry safely, is written double-quoted.</summary>
    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || PlainNull(value) || PlainBool(value) || NumberLike().IsMatch(value) || DateLike().IsMatch(value)
        || value.AsSpan().IndexOfAny("\t\r\n") >= 0 || value != value.Trim();

    private static bool PlainNull(string value) => value is "~" or "null" or "Null" or "NULL";

    private static bool PlainBool(string value) =>
        value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n";

    /// <summary>Matches a YAML 1.1 timestamp's start (<c>2024-06-19</c>), which some readers would turn into a date.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")]
    private static partial System.Text.RegularExpressions.Regex DateLike();

    /// <summary>Matches what a YAML reader takes for a number: <c>12</c>, <c>-3.5e2</c>, <c>.inf</c>, <c>0x1F</c>, <c>1_000</c>, <c>12:30</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[-+]?(\.?[0-9][0-9_.,:eE+-]*|\.inf|\.nan|0x[0-9a-fA-F]+|0o[0-7]+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NumberLike();

    /// <summary>Parses <paramref name="text"/> into a tree with line numbers.</summary>
    /// <exception cref="StudyKitInputException">The text is not YAML, holds several documents, or uses
    /// tags, anchors or aliases, or nests deeper than <see cref="Reading.YamlNesting.MaxDepth"/>.</exception>
    public static DataNode Read(string text, string sourcePath)
    {
        if (Reading.YamlNesting.TooDeepAt(text) is { } deep)
        {
            throw new StudyKitInputException(sourcePath, ExportMessages.TooDeep(Reading.YamlNesting.MaxDepth), deep);
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException as YamlException)?.Message ?? e.Message;
            throw new StudyKitInputException(sourcePath, ExportMessages.MalformedYaml(message.Replace('\n', ' ')), LineOf(e.Start), e);
        }
        catch (ArgumentException e)
        {
            throw new StudyKitInputException(sourcePath, ExportMessages.MalformedYaml(e.Message.Replace('\n', ' ')), null, e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, with no position, on some unclosed flow lists (found by fuzzing).
            throw new StudyKitInputException(sourcePath, ExportMessages.MalformedYaml("the parser gave up (is a [ or { left open?)"), null, e);
        }
        return stream.Documents.Count switch
        {
            0 => throw new StudyKitInputException(sourcePath, ExportMessages.EmptyFile),
            1 => FromYaml(stream.Documents[0].RootNode, sourcePath),
            _ => throw new StudyKitInputException(sourcePath, ExportMessages.SeveralDocuments, LineOf(stream.Documents[1].RootNode.Start)),
        };
    }

    private static int? LineOf(Mark mark) => mark.Line > 0 ? (int)mark.Line : null;

    private static DataNode FromYaml(YamlNode node, string sourcePath)
    {
        var line = (int)node.Start.Line;
        if (!node.Tag.IsEmpty && node.Tag.Value != "!")
        {
            throw new StudyKitInputException(sourcePath, ExportMessages.YamlTag(node.Tag.Value), line);
        }
        if (!node.Anchor.IsEmpty)
        {
            throw new StudyKitInputException(sourcePath, ExportMessages.YamlAnchor(node.Anchor.Value), line);
        }
        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar) with { Line = line };
            case YamlSequenceNode sequence:
                return new DataList([.. sequence.Children.Select(c => FromYaml(c, sourcePath))]) { Line = line };
            case YamlMappingNode mapping:
                var fields = new List<KeyValuePair<string, DataNode>>();
                var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        throw new StudyKitInputException(sourcePath, ExportMessages.KeyNotText, (int)keyNode.Start.Line);
                    }
                    FromYaml(keyNode, sourcePath);
                    if (fields.Exists(f => string.Equals(f.Key, key, StringComparison.Ordinal)))
                    {
                        throw new StudyKitInputException(sourcePath, ExportMessages.DuplicateField(key), (int)keyNode.Start.Line);
                    }
                    keyLines[key] = (int)keyNode.Start.Line;
                    fields.Add(new(key, FromYaml(valueNode, sourcePath)));
                }
                return new DataMap(fields) { Line = line, KeyLines = keyLines };
            default:
                throw new StudyKitInputException(sourcePath, ExportMessages.MalformedYaml("an alias"), line);
        }
    }

    /// <summary>YAML 1.2 core schema for plain scalars; quoted scalars are always strings.</summary>
    private static DataNode Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return new DataString(value);
        }
        if (value.Length == 0 || PlainNull(value))
        {
            return new DataNull();
        }
        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new DataBool(value.StartsWith('t') || value.StartsWith('T'));
        }
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && NumberLike().IsMatch(value)
            ? new DataNumber(value)
            : new DataString(value);
    }
}
