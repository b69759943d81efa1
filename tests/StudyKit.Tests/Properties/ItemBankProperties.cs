using System.Text.Json;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Tests.Items;

namespace StudyKit.Tests.Properties;

/// <summary>Invariants every bank obeys, over the hand-built corpus and over synthetic corpora.</summary>
public sealed class ItemBankProperties
{
    private static readonly ItemBankGenerator Generator = new();

    public static TheoryData<string> Corpora() => ["sample", "1", "2", "3", "4", "5", "6", "7", "8"];

    private static Findings Findings(string corpus) =>
        corpus == "sample" ? SampleFindings.Build() : SyntheticFindings.Create(int.Parse(corpus, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_EveryEvidence_EqualsTheArticleTextAtItsSpan(string corpus)
    {
        var findings = Findings(corpus);
        var bank = Generator.Generate(findings);

        Assert.NotEmpty(bank.Items);
        Assert.All(bank.Items.SelectMany(i => i.Evidence), e =>
        {
            var article = findings.Corpus[e.Article];
            Assert.Equal(article.Text[e.Span.Start..e.Span.End], e.Excerpt);
            Assert.Equal(article.Label, e.Label);
            Assert.Equal(article.ParagraphAt(e.Span.Start)!.Number, e.Paragraph);
        });
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_ChoiceItems_HaveExactlyOneCorrectAndEnoughDistinctChoices(string corpus)
    {
        var bank = Generator.Generate(Findings(corpus));

        foreach (var item in bank.Items)
        {
            switch (item.Format)
            {
                case ItemFormat.MultipleChoice:
                    Assert.InRange(item.Choices.Length, 3, 4);
                    Assert.Single(item.Choices, c => c.Correct);
                    Assert.Equal(item.Answer, item.Choices.Single(c => c.Correct).Text);
                    break;
                case ItemFormat.TrueFalse:
                    Assert.Equal(2, item.Choices.Length);
                    Assert.Single(item.Choices, c => c.Correct);
                    break;
                case ItemFormat.Matching:
                    Assert.InRange(item.Pairs.Length, 3, 5);
                    break;
                case ItemFormat.Open or ItemFormat.Card:
                    Assert.Empty(item.Choices);
                    break;
            }
            var normal = item.Choices.Select(c => TextNormal.Normalize(c.Text)).ToList();
            Assert.Equal(normal.Count, normal.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_NoDistractor_AppearsInTheEvidence(string corpus)
    {
        var bank = Generator.Generate(Findings(corpus));

        Assert.All(bank.Items.Where(i => i.Format == ItemFormat.MultipleChoice), item =>
        {
            var evidence = string.Join("\n", item.Evidence.Select(e => e.Excerpt));
            Assert.All(item.Choices.Where(c => !c.Correct), c => Assert.False(TextNormal.ContainsPhrase(evidence, c.Text), $"{item.Id}: “{c.Text}” is in the evidence."));
        });
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_NamedAnswers_AppearInTheEvidence(string corpus)
    {
        var findings = Findings(corpus);
        var bank = Generator.Generate(findings);
        var forms = findings.Entities.ToDictionary(e => e.Name, e => e.Aliases.Append(e.Name).ToList());
        ItemKind[] named = [ItemKind.WhoSaid, ItemKind.AccordingToWhom, ItemKind.FactCloze, ItemKind.QuoteVia, ItemKind.FactCard, ItemKind.TermCard];

        Assert.All(bank.Items.Where(i => named.Contains(i.Kind)), item =>
        {
            var evidence = string.Join("\n", item.Evidence.Select(e => e.Excerpt));
            var answerForms = forms.TryGetValue(item.Answer, out var f) ? f : [item.Answer];
            Assert.True(TextNormal.ContainsAny(evidence, answerForms), $"{item.Id}: “{item.Answer}” is not in the evidence.");
        });
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_Items_HaveUniqueIdsSortedTagsAndAFrontAndBack(string corpus)
    {
        var bank = Generator.Generate(Findings(corpus));

        Assert.Equal(bank.Items.Length, bank.Items.Select(i => i.Id).Distinct().Count());
        Assert.All(bank.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Prompt));
            Assert.False(string.IsNullOrWhiteSpace(item.Answer));
            Assert.False(string.IsNullOrWhiteSpace(item.Explanation));
            Assert.NotEmpty(item.Evidence);
            Assert.InRange(item.Difficulty, 1, 3);
            Assert.Equal(item.Tags.Order(StringComparer.Ordinal), item.Tags);
            Assert.Contains(item.Kind.ToString().ToLowerInvariant(), item.Tags);
        });
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Bank_SameInput_GivesByteIdenticalBank(string corpus)
    {
        var first = Serialize(Generator.Generate(Findings(corpus)));
        var second = Serialize(Generator.Generate(Findings(corpus)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Synthetic_Corpora_ExerciseTheGates()
    {
        var reasons = Enumerable.Range(1, 8).SelectMany(s => Generator.Generate(SyntheticFindings.Create(s)).Rejections)
            .Select(r => r.Reason).ToHashSet();

        Assert.Contains(RejectionReason.QuoteTooShort, reasons);
        Assert.Contains(RejectionReason.DanglingPronoun, reasons);
    }

    private static string Serialize(ItemBank bank) =>
        JsonSerializer.Serialize(new { bank.Language, bank.Items, bank.Rejections });
}
