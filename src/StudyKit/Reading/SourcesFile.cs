using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StudyKit.Reading;

/// <summary>
/// Parses <c>sources.yaml</c>: a mapping from file name to
/// <c>{ title, outlet, url, authors: [..], published: 2024-06-20 | 2024-06-20T18:34+07:00, language: id|en, wire: [..] }</c>.
/// Reads the YAML representation model only and rejects tags, so no type is ever instantiated from the file.
/// </summary>
public static class SourcesFile
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];

    /// <summary>
    /// The overrides in <paramref name="yamlText"/>, sorted ordinally by file name. An empty file gives none;
    /// a field left empty (<c>~</c>) overrides nothing.
    /// </summary>
    /// <param name="path">The file as the user named it (for messages).</param>
    /// <param name="yamlText">The file's text.</param>
    /// <exception cref="StudyKitInputException">
    /// Malformed YAML, a tag, a wrong type, an unknown field, a bad date or an unknown language; the message is
    /// one line and <see cref="StudyKitInputException.Line"/> points at the problem.
    /// </exception>
    public static IReadOnlyList<SourceOverride> Parse(string path, string yamlText)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(yamlText);
        if (YamlNesting.TooDeepAt(yamlText) is { } deep)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlTooDeep, YamlNesting.MaxDepth.ToString(CultureInfo.InvariantCulture)), deep);
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlMalformed, FirstLine(e.Message)), LineOf(e.Start), e);
        }
        catch (ArgumentException e)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlMalformed, FirstLine(e.Message)), inner: e);
        }
        catch (InvalidOperationException e)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlMalformed, ReadingMessages.YamlParserGaveUp), inner: e);
        }
        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return [];
        }
        var root = stream.Documents[0].RootNode;
        RejectTagOrAnchor(path, root);
        if (root is not YamlMappingNode mapping)
        {
            throw new StudyKitInputException(path, ReadingMessages.YamlRootNotMapping, LineOf(root.Start));
        }
        var overrides = new List<SourceOverride>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            RejectTagOrAnchor(path, keyNode);
            var file = Scalar(path, keyNode, "file name");
            if (file is null || file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal))
            {
                throw new StudyKitInputException(path, Format(ReadingMessages.YamlBadFileName, file ?? "~"), LineOf(keyNode.Start));
            }
            if (!seen.Add(file))
            {
                throw new StudyKitInputException(path, Format(ReadingMessages.YamlDuplicate, file), LineOf(keyNode.Start));
            }
            overrides.Add(ReadEntry(path, file, valueNode));
        }
        return [.. overrides.OrderBy(o => o.File, StringComparer.Ordinal)];
    }

    private static SourceOverride ReadEntry(string path, string file, YamlNode node)
    {
        RejectTagOrAnchor(path, node);
        if (IsNull(node))
        {
            return new SourceOverride(file);
        }
        if (node is not YamlMappingNode fields)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlEntryNotMapping, file), LineOf(node.Start));
        }
        var entry = new SourceOverride(file);
        foreach (var (keyNode, value) in fields.Children)
        {
            RejectTagOrAnchor(path, keyNode);
            RejectTagOrAnchor(path, value);
            var key = Scalar(path, keyNode, "field name") ?? string.Empty;
            entry = key switch
            {
                "title" => entry with { Title = Scalar(path, value, key) },
                "outlet" => entry with { Outlet = Scalar(path, value, key) },
                "url" => entry with { Url = Scalar(path, value, key) },
                "authors" => entry with { Authors = List(path, value, key) },
                "wire" => entry with { Wire = List(path, value, key) },
                "published" => entry with { Published = Date(path, value) },
                "language" => entry with { Language = Language(path, value) },
                _ => throw new StudyKitInputException(path, Format(ReadingMessages.YamlUnknownKey, key), LineOf(keyNode.Start)),
            };
        }
        return entry;
    }

    private static string? Scalar(string path, YamlNode node, string field)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlNotScalar, field), LineOf(node.Start));
        }
        return IsNull(scalar) ? null : scalar.Value!.Trim();
    }

    private static ImmutableArray<string>? List(string path, YamlNode node, string field)
    {
        if (IsNull(node))
        {
            return null;
        }
        if (node is not YamlSequenceNode sequence)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlNotList, field), LineOf(node.Start));
        }
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence.Children)
        {
            RejectTagOrAnchor(path, item);
            if (item is not YamlScalarNode || IsNull(item))
            {
                throw new StudyKitInputException(path, Format(ReadingMessages.YamlNotList, field), LineOf(item.Start));
            }
            items.Add(((YamlScalarNode)item).Value!.Trim());
        }
        return items.ToImmutable();
    }

    private static PublicationDate? Date(string path, YamlNode node)
    {
        var text = Scalar(path, node, "published");
        if (text is null)
        {
            return null;
        }
        if (PublicationDate.TryParse(text) is { } parsed)
        {
            return parsed;
        }
        if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
        {
            return new PublicationDate(DateOnly.FromDateTime(stamp.DateTime), TimeOnly.FromDateTime(stamp.DateTime), stamp.Offset);
        }
        throw new StudyKitInputException(path, Format(ReadingMessages.YamlBadDate, text), LineOf(node.Start));
    }

    private static ArticleLanguage? Language(string path, YamlNode node) =>
        Scalar(path, node, "language") switch
        {
            null => null,
            "id" => ArticleLanguage.Id,
            "en" => ArticleLanguage.En,
            var other => throw new StudyKitInputException(path, Format(ReadingMessages.YamlBadLanguage, other), LineOf(node.Start)),
        };

    /// <summary>Tags are refused (nothing is instantiated from input), and so are anchors and aliases, as in an
    /// edited bank: a hand-written sources file never needs them.</summary>
    private static void RejectTagOrAnchor(string path, YamlNode node)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlTag, node.Tag.Value), LineOf(node.Start));
        }
        if (!node.Anchor.IsEmpty)
        {
            throw new StudyKitInputException(path, Format(ReadingMessages.YamlAnchor, node.Anchor.Value), LineOf(node.Start));
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static int? LineOf(Mark mark) => mark.Line > 0 ? (int)mark.Line : null;

    private static string FirstLine(string message)
    {
        var text = message.ReplaceLineEndings(" ").Trim();
        var close = text.IndexOf("): ", StringComparison.Ordinal);
        return close > 0 && text.StartsWith('(') ? text[(close + 3)..] : text;
    }

    private static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
