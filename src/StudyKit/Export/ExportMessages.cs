namespace StudyKit.Export;

/// <summary>The one catalog of user-facing messages for reading banks and packs (tests assert on them).</summary>
internal static class ExportMessages
{
    public const string EmptyFile = "the file is empty";
    public const string TrailingContent = "unexpected content after the end of the document";
    public const string SeveralDocuments = "the file holds more than one YAML document";
    public const string KeyNotText = "a field name must be plain text";

    public static string MalformedJson(string detail) => $"not valid JSON: {detail}";

    public static string MalformedYaml(string detail) => $"not valid YAML: {detail}";

    public static string YamlTag(string tag) => $"YAML tags are not allowed ('{tag}'); the file may hold data only";

    public static string TooDeep(int max) => $"lists or mappings nest more than {max} levels deep";

    public static string YamlAnchor(string anchor) => $"YAML anchors and aliases are not allowed ('&{anchor}')";

    public static string DuplicateField(string key) => $"field '{key}' appears twice";

    public static string WrongSchema(string expected, string? found) =>
        found is null ? $"missing \"schema\": \"{expected}\"" : $"schema '{found}' is not supported (expected '{expected}')";

    public static string InField(string where, string field, string problem) =>
        where.Length == 0 ? $"field '{field}': {problem}" : $"{where}: field '{field}': {problem}";

    public const string Missing = "is missing";
    public const string NotText = "must be text";
    public const string NotNumber = "must be a whole number";
    public const string NotBool = "must be true or false";
    public const string NotList = "must be a list";
    public const string NotMap = "must be a mapping of fields";
    public const string Empty = "must not be empty";
    public const string UnknownField = "is not a known field";
    public const string NotSpan = "must be [start, end] with 0 <= start < end";
    public const string OneCorrect = "exactly one choice must be correct";
    public const string TwoChoices = "needs at least two choices";
    public const string TrueFalseChoices = "a true/false item needs exactly two choices, the true option first";
    public const string EqualChoices = "two choices have the same text";
    public const string TwoPairs = "needs at least two pairs";
    public const string NoChoicesHere = "must be empty for this kind of item";
    public const string NoPairsHere = "must be empty for this kind of item";
    public const string NoEvidence = "needs at least one entry";
    public const string BadId = "must be one word without spaces";
    public const string BadDifficulty = "must be 1, 2 or 3";
    public const string SpanBetweenParagraphs = "the span starts between two paragraphs";

    public static string Unknown(string what, string value, IEnumerable<string> known) =>
        $"unknown {what} '{value}' (expected one of: {string.Join(", ", known)})";

    public static string DuplicateId(string id) => $"id '{id}' is used by another item";

    public static string UnknownArticle(string id) => $"no article with id '{id}' in the bank's articles";

    public static string SpanOutside(int length) => $"the span lies outside the article text ({length} characters)";

    public static string ExcerptMismatch(string actual) => $"the excerpt differs from the article text at the span ('{Shorten(actual)}')";

    public static string LabelMismatch(string expected) => $"does not match the article's label '{expected}'";

    public static string ParagraphMismatch(int expected) => $"does not match the paragraph holding the span ({expected})";

    public static string ParagraphOrder(int expected) => $"paragraphs must be numbered 1, 2, 3… (expected {expected})";

    public static string DuplicateArticle(string id) => $"article id '{id}' appears twice";

    public static string UnknownItem(string id) => $"no item with id '{id}' in the bank";

    public static string UnknownChoice(string text) => $"the bank item has no choice '{Shorten(text)}' with this key";

    public static string BadDate(string text) => $"'{text}' is not a date (yyyy-MM-dd, optionally THH:mm and +hh:mm)";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
