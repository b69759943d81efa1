using System.Globalization;
using StudyKit.Cli.Input;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Cli.Commands;

/// <summary>Reading → extraction → items for the commands that start from articles, reporting each stage.</summary>
internal static class Pipeline
{
    /// <summary>Stages <see cref="Extract"/> reports; <see cref="Items"/> adds one.</summary>
    public const int ExtractStages = 3;

    public static Findings Extract(IReadOnlyList<string> sources, long maxBytes, ProgressReporter progress)
    {
        progress.Stage("reading articles");
        var set = SourceLoader.Load(sources, maxBytes);
        progress.Detail(Invariant($"{set.Documents.Count} articles from {set.Origin}{(set.Overrides.Count > 0 ? $", {set.Overrides.Count} entries of sources.yaml" : "")}"));
        progress.Stage(Invariant($"cleaning {set.Documents.Count} articles"));
        var corpus = new CorpusReader().Read(set.Documents, set.Overrides);
        progress.Stage("finding quotes, claims, facts and reuse");
        var findings = new FindingsExtractor().Extract(corpus);
        progress.Detail(Invariant($"{findings.Quotes.Length} quotes, {findings.Claims.Length} claims, {findings.Facts.Length} facts, {findings.Reuse.Length} reuse pairs, {corpus.Diagnostics.Length} diagnostics (see 'studykit inspect')"));
        return findings;
    }

    public static ItemBank Items(IReadOnlyList<string> sources, long maxBytes, ArticleLanguage? language, ProgressReporter progress)
    {
        var findings = Extract(sources, maxBytes, progress);
        progress.Stage("writing questions and study cards");
        var bank = new ItemBankGenerator().Generate(findings, language);
        progress.Detail(Invariant($"{bank.Items.Length} items, {bank.Rejections.Length} candidates rejected by the quality gates"));
        return bank;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
