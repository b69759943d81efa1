using System.Text.Json;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Tests.Items;

public sealed partial class ItemBankGeneratorTests
{
    private static readonly ItemBankGenerator Generator = new();

    private static ItemBank Sample(ArticleLanguage? language = null) => Generator.Generate(SampleFindings.Build(), language);

    private static Item Single(ItemBank bank, ItemKind kind, Func<Item, bool> where) =>
        Assert.Single(bank.Items, i => i.Kind == kind && where(i));

    [Fact]
    public void Generate_NullFindings_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Generator.Generate(null!));

    [Fact]
    public void Generate_SampleCorpus_GivesEveryItemKind()
    {
        var kinds = Sample().Items.Select(i => i.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<ItemKind>().Order(), kinds.Order());
    }

    [Fact]
    public void Generate_MostlyIndonesianCorpus_WritesIndonesianPrompts()
    {
        var bank = Sample();

        Assert.Equal(ArticleLanguage.Id, bank.Language);
        Assert.All(bank.Items, i => Assert.Equal(ArticleLanguage.Id, i.Language));
        Assert.Contains(bank.Items, i => i.Prompt == "Siapa yang mengatakan kutipan berikut?");
        Assert.Contains(bank.Items, i => i.Prompt == "Benar atau salah:");
        Assert.Contains(bank.Items, i => i.Prompt == "Kantor berita mana yang disebut sebagai sumber artikel C?");
    }

    [Fact]
    public void Generate_LanguageOverride_WritesEnglishPrompts()
    {
        var bank = Sample(ArticleLanguage.En);

        Assert.Equal(ArticleLanguage.En, bank.Language);
        Assert.Contains(bank.Items, i => i.Prompt == "Who said the following?");
        Assert.Contains(bank.Items, i => i.Prompt == "True or false:");
        Assert.DoesNotContain(bank.Items, i => i.Prompt.Contains("Artikel", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_MostlyEnglishCorpus_DefaultsToEnglish()
    {
        var b = new FindingsBuilder();
        b.Article("a", "Ledger", "One", ["The minister spoke on Monday."], language: ArticleLanguage.En);
        b.Article("b", "Courier", "Two", ["The minister spoke again on Tuesday."], language: ArticleLanguage.En);
        b.Article("c", "Warta", "Tiga", ["Menteri berbicara pada hari Rabu."]);

        Assert.Equal(ArticleLanguage.En, Generator.Generate(b.Build()).Language);
    }

    [Fact]
    public void Generate_Items_AreSortedByKindThenId()
    {
        var items = Sample().Items;

        var sorted = items.OrderBy(i => i.Kind).ThenBy(i => i.Id.Value, StringComparer.Ordinal);
        Assert.Equal(sorted.Select(i => i.Id), items.Select(i => i.Id));
    }

    [Fact]
    public void Generate_Tags_AreSortedAndNameArticleKindAndSpeaker()
    {
        var item = Single(Sample(), ItemKind.WhoSaid, i => i.Answer == "Leif-Eric Easley");

        Assert.Equal(["c_timur", "leif-eric-easley", "whosaid"], item.Tags);
    }

    [Fact]
    public void Generate_SameFindingsTwice_GivesIdenticalBanks()
    {
        var first = JsonSerializer.Serialize(Sample().Items);
        var second = JsonSerializer.Serialize(Sample().Items);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_AnotherArticleAdded_KeepsTheIdsOfQuoteItems()
    {
        var before = Sample().Items.Where(i => i.Kind is ItemKind.WhoSaid or ItemKind.QuoteCard).Select(i => i.Id).ToHashSet();
        var builder = SampleFindings.Builder();
        builder.Article("f_extra", "Kabar Baru", "Berita lain", ["Sebuah paragraf tambahan yang tidak memuat kutipan apa pun."]);

        var after = Generator.Generate(builder.Build()).Items.Select(i => i.Id).ToHashSet();

        Assert.Subset(after, before);
    }

    [Fact]
    public void Generate_Ids_AreUniqueAndNamedForTheKind()
    {
        var items = Sample().Items;

        Assert.Equal(items.Length, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i => Assert.StartsWith(i.Kind.ToString().ToLowerInvariant() + "-", i.Id.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_EmptyFindings_GivesAnEmptyBankWithTheArticles()
    {
        var b = new FindingsBuilder();
        b.Article("a", "Warta", "Judul", ["Paragraf tanpa kutipan."]);

        var bank = Generator.Generate(b.Build());

        Assert.Empty(bank.Items);
        Assert.Single(bank.Articles);
    }

    [Fact]
    public void Generate_Rejections_AreSortedAndReadable()
    {
        var bank = Sample();

        Assert.NotEmpty(bank.Rejections);
        var sorted = bank.Rejections.OrderBy(r => r.Kind).ThenBy(r => r.Reason).ThenBy(r => r.Candidate, StringComparer.Ordinal);
        Assert.Equal(sorted.Select(r => r.Candidate), bank.Rejections.Select(r => r.Candidate));
        Assert.All(bank.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
    }
}
