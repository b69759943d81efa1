using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Runs one generator per <see cref="ItemKind"/> over the findings and passes every candidate through the
/// quality gates; dropped candidates are kept as <see cref="Rejection"/>s with the reason. Pure and
/// deterministic: the same findings give the same bank, items sorted by kind then id.
/// </summary>
public sealed class ItemBankGenerator
{
    internal static readonly ImmutableArray<IItemGenerator> Generators =
    [
        new WhoSaidGenerator(), new FactClozeGenerator(), new AccordingToWhomGenerator(), new WhichArticleGenerator(),
        new WhichAgencyGenerator(), new QuoteViaGenerator(), new WhichRewritesGenerator(), new RewriteChangesGenerator(),
        new WhichReportGenerator(), new QuoteWordingGenerator(), new MatchQuotesGenerator(), new MatchSourcesGenerator(),
        new TrueFalseGenerator(), new DiscussionGenerator(), new QuoteCardGenerator(), new PersonCardGenerator(),
        new TermCardGenerator(), new FactCardGenerator(),
    ];

    // Cheap shape checks first, so that a rejection names the most basic problem.
    internal static readonly ImmutableArray<IQualityGate> Gates =
    [
        new ShapeGate(), new NameShapeGate(), new QuoteLengthGate(), new StandAloneGate(), new SupportGate(), new DistractorGate(),
        new DuplicateChoicesGate(), new BlankGate(), new YesNoGate(),
    ];

    /// <summary>The bank for <paramref name="findings"/>; prompts in <paramref name="language"/> or, when null,
    /// in the language most of the articles are written in (Indonesian on a tie).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public ItemBank Generate(Findings findings, ArticleLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var bankLanguage = language ?? MajorityLanguage(findings.Corpus);
        var context = new GenerationContext(findings, bankLanguage);
        var items = new List<Item>();
        var rejections = new List<Rejection>();
        var seenIds = new HashSet<ItemId>();
        var seenQuestions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var generator in Generators)
        {
            foreach (var candidate in generator.Generate(context))
            {
                var failure = FirstFailure(candidate, context);
                // The id (a hash) is worked out once, and only for a candidate the gates let through.
                var id = failure is null ? ItemId.Create(candidate.Kind, candidate.Key) : default;
                failure ??= DuplicateOf(candidate, id, seenIds, seenQuestions);
                if (failure is not null)
                {
                    rejections.Add(new Rejection(candidate.Kind, candidate.Describe(), failure.Reason, failure.Detail,
                        candidate.Evidence.IsDefaultOrEmpty ? null : candidate.Evidence[0]));
                    continue;
                }
                items.Add(ToItem(candidate, id, bankLanguage));
            }
        }
        return new ItemBank
        {
            Articles = findings.Corpus.Articles,
            Items = [.. items.OrderBy(i => i.Kind).ThenBy(i => i.Id)],
            Rejections = [.. rejections.OrderBy(r => r.Kind).ThenBy(r => r.Reason)
                .ThenBy(r => r.Candidate, StringComparer.Ordinal).ThenBy(r => r.Detail, StringComparer.Ordinal)
                .ThenBy(r => r.Evidence?.Article.Value, StringComparer.Ordinal).ThenBy(r => r.Evidence?.Span.Start)],
            Language = bankLanguage,
        };
    }

    private static ArticleLanguage MajorityLanguage(Corpus corpus)
    {
        var english = corpus.Articles.Count(a => a.Language == ArticleLanguage.En);
        return english * 2 > corpus.Articles.Length ? ArticleLanguage.En : ArticleLanguage.Id;
    }

    /// <summary>The failure of the first gate (in <see cref="Gates"/> order) that rejects <paramref name="candidate"/>, or null.</summary>
    private static GateFailure? FirstFailure(Candidate candidate, GenerationContext context)
    {
        foreach (var gate in Gates)
        {
            if (gate.Check(candidate, context) is { } failure)
            {
                return failure;
            }
        }
        return null;
    }

    private static GateFailure? DuplicateOf(Candidate candidate, ItemId id, HashSet<ItemId> ids, HashSet<string> questions)
    {
        // With a stimulus, the stimulus and the key make the question: the same claim asked "according to
        // article A" and "according to article B" (a copy) is one question twice.
        var stem = candidate.Stimulus ?? candidate.Prompt + " " + string.Join(" ", candidate.Pairs.Select(p => p.Left));
        var question = candidate.Kind + "\n" + TextNormal.Normalize(stem + " " + candidate.Answer);
        if (!ids.Add(id) || !questions.Add(question))
        {
            return new GateFailure(RejectionReason.Duplicate, "The same question is already in the bank.");
        }
        return null;
    }

    private static Item ToItem(Candidate candidate, ItemId id, ArticleLanguage language) => new()
    {
        Id = id,
        Kind = candidate.Kind,
        Language = language,
        Prompt = candidate.Prompt,
        Stimulus = candidate.Stimulus,
        Choices = candidate.Choices,
        Pairs = candidate.Pairs,
        Answer = candidate.Answer,
        Evidence = candidate.Evidence,
        Explanation = candidate.Explanation,
        Difficulty = Math.Clamp(candidate.Difficulty, 1, 3),
        Tags = [.. candidate.Evidence.Select(e => e.Article.Value)
            .Append(candidate.Kind.ToString().ToLowerInvariant())
            .Concat(candidate.Tags)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };
}
