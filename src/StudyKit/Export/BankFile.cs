using System.Text;
using StudyKit.Items;

namespace StudyKit.Export;

/// <summary>
/// The editable item bank file (schema <c>studykit.bank/1</c>), as JSON or YAML: the articles the items cite
/// (so that <c>build</c> can print the appendix), the items, and the rejected candidates in a list of their
/// own. Writing is deterministic; reading validates a hand-edited file and names the item, field and line of
/// the first problem. Write → read → write gives identical bytes.
/// </summary>
public static class BankFile
{
    /// <summary>The schema id written in every bank.</summary>
    public const string Schema = "studykit.bank/1";

    /// <summary>The bank as UTF-8 JSON or YAML bytes (no BOM, <c>\n</c> line ends).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="bank"/> is null.</exception>
    public static byte[] Write(ItemBank bank, DataFormat format = DataFormat.Json)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return Serialise(BankNodes.Bank(bank), format);
    }

    /// <summary>
    /// Reads a bank written by <see cref="Write"/> and possibly edited by hand (prompts and choices rewritten,
    /// items deleted or added). The format is <paramref name="format"/>, else sniffed from the content (YAML
    /// unless it opens with <c>{</c> or <c>[</c>), and content that could be either follows the extension of
    /// <paramref name="sourcePath"/> (<c>.yaml</c>, <c>.yml</c> read as YAML).
    /// Items come back sorted by kind, then id.
    /// </summary>
    /// <param name="content">The file's bytes (UTF-8; a BOM is skipped).</param>
    /// <param name="sourcePath">The path as the user named it, used in messages.</param>
    /// <param name="format">The format, or null to infer it.</param>
    /// <exception cref="StudyKitInputException">The file is not well-formed, has the wrong schema, or an item,
    /// article or field does not validate (the message names it, e.g. <c>item 'whosaid-…': field 'choices':
    /// exactly one choice must be correct</c>).</exception>
    public static ItemBank Read(ReadOnlySpan<byte> content, string sourcePath, DataFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        return BankReader.Read(Parse(content, sourcePath, format), sourcePath);
    }

    internal static byte[] Serialise(DataNode root, DataFormat format) =>
        format == DataFormat.Yaml ? new UTF8Encoding(false).GetBytes(YamlTree.Write(root)) : JsonTree.Write(root);

    internal static DataNode Parse(ReadOnlySpan<byte> content, string sourcePath, DataFormat? format)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[3..];
        }
        // The content decides over the extension: `items --out bank.json` without `--format json` writes YAML.
        // JSON content in a .yaml file is read as YAML, of which JSON is a subset.
        var resolved = format ?? (Sniff(content) == DataFormat.Yaml ? DataFormat.Yaml : FormatOf(sourcePath) ?? DataFormat.Json);
        if (resolved == DataFormat.Json)
        {
            return JsonTree.Read(content, sourcePath);
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            throw new StudyKitInputException(sourcePath, ExportMessages.MalformedYaml("the file is not UTF-8 text"), null, e);
        }
        return YamlTree.Read(text, sourcePath);
    }

    private static DataFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => DataFormat.Json,
        ".yaml" or ".yml" => DataFormat.Yaml,
        _ => null,
    };

    private static DataFormat Sniff(ReadOnlySpan<byte> content)
    {
        var trimmed = content.TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && (trimmed[0] == (byte)'{' || trimmed[0] == (byte)'[') ? DataFormat.Json : DataFormat.Yaml;
    }
}
