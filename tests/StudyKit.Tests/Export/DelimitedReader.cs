using System.Text;

namespace StudyKit.Tests.Export;

/// <summary>
/// A small RFC 4180 reader for the tests: fields split by <c>separator</c>, quoted fields with doubled quotes
/// and embedded line breaks, CRLF or LF records. Lines starting with '#' before the first record are Anki
/// file headers and are returned apart.
/// </summary>
internal static class DelimitedReader
{
    public sealed record Table(IReadOnlyDictionary<string, string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

    public static Table Read(string text, char separator, bool headerLines = false)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (headerLines && position < text.Length && text[position] == '#')
        {
            var end = text.IndexOf('\n', position);
            var line = text[(position + 1)..end];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..];
            position = end + 1;
        }
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        for (var i = position; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                rows.Add(row);
                row = [];
                field.Clear();
                quoted = false;
            }
            else
            {
                Assert.False(quoted, "text after a closing quote");
                field.Append(c);
            }
        }
        Assert.False(inQuotes, "unterminated quoted field");
        Assert.True(field.Length == 0 && row.Count == 0, "the last record has no line end");
        return new Table(headers, rows);
    }
}
