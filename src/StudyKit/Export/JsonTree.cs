using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StudyKit.Export;

/// <summary>
/// Writes a <see cref="DataNode"/> tree as JSON (2-space indent, <c>\n</c> line ends, UTF-8 without BOM,
/// non-ASCII unescaped) and reads JSON back into a tree that knows each node's line.
/// </summary>
internal static class JsonTree
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The UTF-8 bytes of <paramref name="root"/>, ending in a newline.</summary>
    public static byte[] Write(DataNode root)
    {
        var buffer = new ChunkedBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteNode(writer, root);
        }
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer.ToArray();
    }

    private static void WriteNode(Utf8JsonWriter writer, DataNode node)
    {
        switch (node)
        {
            case DataNull:
                writer.WriteNullValue();
                break;
            case DataString s:
                writer.WriteStringValue(s.Value);
                break;
            case DataNumber n:
                writer.WriteRawValue(n.Value);
                break;
            case DataBool b:
                writer.WriteBooleanValue(b.Value);
                break;
            case DataList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteNode(writer, item);
                }
                writer.WriteEndArray();
                break;
            case DataMap map:
                writer.WriteStartObject();
                foreach (var field in map.Fields)
                {
                    writer.WritePropertyName(field.Key);
                    WriteNode(writer, field.Value);
                }
                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"Unknown node type {node.GetType().Name}.");
        }
    }

    /// <summary>Parses <paramref name="utf8"/> (a UTF-8 BOM is skipped) into a tree with line numbers.</summary>
    /// <exception cref="StudyKitInputException">The text is not well-formed JSON or repeats a field.</exception>
    public static DataNode Read(ReadOnlySpan<byte> utf8, string sourcePath)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[3..];
        }
        if (utf8.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            throw new StudyKitInputException(sourcePath, ExportMessages.EmptyFile);
        }
        var lines = new LineCounter(utf8);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                throw new StudyKitInputException(sourcePath, ExportMessages.EmptyFile);
            }
            var root = ReadNode(ref reader, lines, sourcePath);
            if (reader.Read())
            {
                throw new StudyKitInputException(sourcePath, ExportMessages.TrailingContent, lines.LineAt(reader.TokenStartIndex));
            }
            return root;
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new StudyKitInputException(sourcePath, ExportMessages.MalformedJson(FirstSentence(e.Message)), line, e);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString throws this for a string that is not valid UTF-8.
            throw new StudyKitInputException(sourcePath, ExportMessages.MalformedJson(FirstSentence(e.Message)), lines.LineAt(reader.TokenStartIndex), e);
        }
    }

    private static DataNode ReadNode(ref Utf8JsonReader reader, LineCounter lines, string sourcePath)
    {
        var line = lines.LineAt(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return new DataNull { Line = line };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new DataBool(reader.GetBoolean()) { Line = line };
            case JsonTokenType.Number:
                return new DataNumber(Encoding.UTF8.GetString(reader.ValueSpan)) { Line = line };
            case JsonTokenType.String:
                return new DataString(reader.GetString()!) { Line = line };
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadNode(ref reader, lines, sourcePath));
                }
                return new DataList(items) { Line = line };
            case JsonTokenType.StartObject:
                var fields = new List<KeyValuePair<string, DataNode>>();
                var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    var keyLine = lines.LineAt(reader.TokenStartIndex);
                    if (fields.Exists(f => string.Equals(f.Key, key, StringComparison.Ordinal)))
                    {
                        throw new StudyKitInputException(sourcePath, ExportMessages.DuplicateField(key), keyLine);
                    }
                    keyLines[key] = keyLine;
                    reader.Read();
                    fields.Add(new(key, ReadNode(ref reader, lines, sourcePath)));
                }
                return new DataMap(fields) { Line = line, KeyLines = keyLines };
            default:
                throw new StudyKitInputException(sourcePath, ExportMessages.MalformedJson($"unexpected {reader.TokenType}"), line);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message.TrimEnd('.')).Replace('\n', ' ');
    }

    /// <summary>Turns byte offsets into 1-based line numbers.</summary>
    private sealed class LineCounter
    {
        private readonly List<long> _lineStarts = [0];

        public LineCounter(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public int LineAt(long offset)
        {
            var index = _lineStarts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
