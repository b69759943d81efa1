using System.Globalization;
using System.Text;
using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>
/// The answer key as CSV (<c>answer-key.csv</c>): one row per item of every variant with the variant code,
/// the student (roster packs), the number on the paper, the key letters, the answer, the bank item id, its
/// kind, and the source article labels and paragraphs. RFC 4180: comma-separated, CRLF line ends, fields
/// quoted when they hold a comma, quote or line break. UTF-8 with a BOM, because Excel reads a CSV without
/// one in the ANSI code page and garbles Indonesian and typographic quotes. A field that starts with
/// <c>= + - @</c>, a tab or a carriage return gets a leading apostrophe, so no spreadsheet runs it as a
/// formula.
/// </summary>
public sealed class CsvKeyRenderer : IPackRenderer
{
    /// <inheritdoc/>
    public string Format => "csv";

    /// <inheritdoc/>
    public IReadOnlyList<OutputFile> Render(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var csv = new StringBuilder();
        Row(csv, ["variant", "student", "number", "letter", "answer", "item", "kind", "article", "paragraph"]);
        foreach (var variant in pack.Variants)
        {
            foreach (var entry in variant.Items)
            {
                var item = entry.Item;
                Row(csv,
                [
                    variant.Code,
                    variant.Student?.Name ?? string.Empty,
                    entry.Number.ToString(CultureInfo.InvariantCulture),
                    entry.Key,
                    item.Answer,
                    item.Id.Value,
                    ExportNames.Of(item.Kind),
                    string.Join("; ", item.Evidence.Select(e => e.Label.Value)),
                    string.Join("; ", item.Evidence.Select(e => e.Paragraph.ToString())),
                ]);
            }
        }
        var bytes = new UTF8Encoding(true);
        byte[] content = [.. bytes.GetPreamble(), .. bytes.GetBytes(csv.ToString())];
        return [new OutputFile("answer-key.csv", content)];
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            csv.Append(Field(fields[i]));
        }
        csv.Append("\r\n");
    }

    /// <summary>One field: formula prefixes neutralised, then quoted when RFC 4180 requires it.</summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
