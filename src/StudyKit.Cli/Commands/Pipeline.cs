using StudyKit.Cli.Input;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Cli.Commands;

/// <summary>Reading → extraction → items for the commands that start from articles.</summary>
internal static class Pipeline
{
    public static Findings Extract(IReadOnlyList<string> sources, long maxBytes)
    {
        var set = SourceLoader.Load(sources, maxBytes);
        var corpus = new CorpusReader().Read(set.Documents, set.Overrides);
        return new FindingsExtractor().Extract(corpus);
    }

    public static ItemBank Items(IReadOnlyList<string> sources, long maxBytes, ArticleLanguage? language) =>
        new ItemBankGenerator().Generate(Extract(sources, maxBytes), language);
}
