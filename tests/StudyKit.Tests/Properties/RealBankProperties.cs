using System.Text.Json;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;
using StudyKit.Tests.Devset;
using StudyKit.Tests.Items;
using StudyKit.Tests.TestData;

namespace StudyKit.Tests.Properties;

/// <summary>
/// The teacher's-review invariants over real articles (the seeds and every devset cluster, when the devset is
/// present) and over synthetic corpora: no distractor that speaks for the answer's state, matching answers
/// that cannot be confused, no fragment or nested quote asked "who said it", reported clauses that stand alone.
/// </summary>
public sealed class RealBankProperties
{
    private static readonly ItemBankGenerator Generator = new();

    private static readonly ItemKind[] SpeakerKinds = [ItemKind.WhoSaid, ItemKind.AccordingToWhom, ItemKind.FactCloze];

    public static TheoryData<string> Corpora()
    {
        var data = new TheoryData<string> { "seeds", "synthetic:3", "synthetic:7" };
        if (SharedFolder.Path is { } shared)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "devset", "gold.json")));
            foreach (var cluster in gold.RootElement.GetProperty("clusters").EnumerateArray())
            {
                data.Add("devset:" + cluster.GetProperty("id").GetString());
            }
        }
        return data;
    }

    private static Findings Findings(string corpus)
    {
        if (corpus.StartsWith("synthetic:", StringComparison.Ordinal))
        {
            return SyntheticFindings.Create(int.Parse(corpus["synthetic:".Length..], System.Globalization.CultureInfo.InvariantCulture));
        }
        if (corpus == "seeds")
        {
            return new FindingsExtractor().Extract(Seeds.Corpus());
        }
        var shared = SharedFolder.Path!;
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "devset", "gold.json")));
        var files = gold.RootElement.GetProperty("clusters").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == corpus["devset:".Length..])
            .GetProperty("files").EnumerateArray().Select(f => f.GetString()!);
        var documents = files.Select(f =>
        {
            var inDevset = Path.Combine(shared, "devset", "articles", f);
            var path = File.Exists(inDevset) ? inDevset : Path.Combine(shared, "seeds", f);
            return new SourceDocument(f, File.ReadAllText(path));
        }).ToList();
        return new FindingsExtractor().Extract(new CorpusReader().Read(documents));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_NoDistractor_SpeaksForTheAnswersState(string corpus)
    {
        var bank = Generator.Generate(Findings(corpus));

        Assert.All(bank.Items.Where(i => SpeakerKinds.Contains(i.Kind)), item =>
            Assert.All(item.Choices.Where(c => !c.Correct), c =>
                Assert.False(Polities.SameSide(c.Text, item.Answer), $"{item.Id}: “{c.Text}” stands for the same state as “{item.Answer}”.")));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_MatchingAnswers_AreNotPartsOfEachOther(string corpus)
    {
        var bank = Generator.Generate(Findings(corpus));

        Assert.All(bank.Items.Where(i => i.Kind == ItemKind.MatchSources), item =>
        {
            var names = item.Pairs.Select(p => TextNormal.Normalize(p.Right)).ToList();
            Assert.All(names, a => Assert.Single(names, b => GenerationContext.Overlapping(a, b)));
        });
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_SpeakerQuestions_AskWholeQuotesOfOneSpeaker(string corpus)
    {
        var bank = Generator.Generate(Findings(corpus));

        Assert.All(bank.Items.Where(i => i.Kind is ItemKind.WhoSaid or ItemKind.QuoteCard), item =>
        {
            var quote = item.Kind == ItemKind.WhoSaid ? item.Stimulus! : item.Prompt;
            Assert.False(QuoteLengthGate.IsFragment(quote.Trim('“', '”')), $"{item.Id}: a fragment.");
            Assert.DoesNotMatch(@"(?:^|[\s,:;(])['‘](?=\p{L})|[.!?,]['’]\s*”?$", quote.Trim('“', '”'));
        });
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_ReportedClauses_StandAlone(string corpus)
    {
        var bank = Generator.Generate(Findings(corpus));
        var openers = ItemTexts.Id.DanglingOpeners.Concat(ItemTexts.En.DanglingOpeners)
            .Concat(ItemTexts.Id.SubjectlessOpeners).Concat(ItemTexts.En.SubjectlessOpeners).ToList();

        Assert.All(bank.Items.Where(i => i.Kind == ItemKind.AccordingToWhom), item =>
        {
            var opening = " " + TextNormal.Normalize(item.Stimulus!) + " ";
            Assert.DoesNotContain(openers, o => opening.StartsWith(" " + o + " ", StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_Rerun_GivesTheSameItemsAndRejections(string corpus)
    {
        var findings = Findings(corpus);

        var first = Generator.Generate(findings);
        var second = Generator.Generate(findings);

        Assert.Equal(first.Items.Select(i => i.Id), second.Items.Select(i => i.Id));
        Assert.Equal(first.Items.Select(i => i.Explanation + i.Answer), second.Items.Select(i => i.Explanation + i.Answer));
        Assert.Equal(first.Rejections.Select(r => r.Candidate + r.Detail), second.Rejections.Select(r => r.Candidate + r.Detail));
    }
}
