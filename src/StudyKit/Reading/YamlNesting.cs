using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StudyKit.Reading;

/// <summary>
/// Guards YAML input against nesting so deep (<c>[[[[…</c>, <c>- - - - …</c>) that building the
/// representation model overflows the stack and kills the process, which no catch can turn into an error
/// message. Walks the parser's events, which are produced lazily, and stops at the first level too deep.
/// </summary>
internal static class YamlNesting
{
    /// <summary>Deeper than any file StudyKit writes (a bank nests five levels), as deep as JSON's default.</summary>
    public const int MaxDepth = 64;

    /// <summary>The 1-based line where the nesting first goes past <see cref="MaxDepth"/>, or null when it
    /// never does. Malformed YAML also gives null: the full parse that follows reports it.</summary>
    public static int? TooDeepAt(string yamlText)
    {
        var parser = new Parser(new StringReader(yamlText));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        if (++depth > MaxDepth)
                        {
                            return (int)parser.Current.Start.Line;
                        }
                        break;
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
        return null;
    }
}
