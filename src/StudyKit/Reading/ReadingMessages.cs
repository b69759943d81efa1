namespace StudyKit.Reading;

/// <summary>The one-line messages of <see cref="StudyKitInputException"/> raised while reading (tests assert on them).</summary>
internal static class ReadingMessages
{
    public const string FileEmpty = "the file is empty";
    public const string NoArticleText = "no article text after removing noise";
    public const string NotText = "not a text file";
    public const string YamlMalformed = "sources.yaml is not valid YAML: {0}";
    /// <summary>YamlDotNet 18 throws InvalidOperationException, with no position, on some unclosed flow
    /// lists ("items:\n- s: [b, c\n  c:"), found by scripts/fuzz.sh.</summary>
    public const string YamlParserGaveUp = "the parser gave up (is a [ or { left open?)";
    public const string YamlRootNotMapping = "sources.yaml must map file names to entries";
    public const string YamlEntryNotMapping = "the entry for '{0}' must be a mapping of fields";
    public const string YamlTag = "YAML tags are not allowed ('{0}')";
    public const string YamlAnchor = "YAML anchors and aliases are not allowed ('&{0}')";
    public const string YamlUnknownKey = "unknown field '{0}' (expected title, outlet, url, authors, published, language, wire)";
    public const string YamlNotScalar = "field '{0}' must be a single value";
    public const string YamlNotList = "field '{0}' must be a list of names";
    public const string YamlBadDate = "field 'published' must be an ISO date or date-time, not '{0}'";
    public const string YamlBadLanguage = "field 'language' must be 'id' or 'en', not '{0}'";
    public const string YamlDuplicate = "file '{0}' is listed twice";
    public const string YamlTooDeep = "sources.yaml nests lists or mappings more than {0} levels deep";
    public const string YamlBadFileName = "'{0}' is not a file name";
}
