using StudyKit.Extraction;
using System.Text.Json;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Tests.Packing;

public sealed class PackAssemblerTests
{
    private static ClassPack Pack(PackOptions options) => new PackAssembler().Assemble(PackFixture.Bank(), options);

    [Fact]
    public void Assemble_SameItemsPerVariant_InDifferentOrder()
    {
        var pack = Pack(new PackOptions { Variants = 3, Questions = 12 });

        Assert.Equal(["A", "B", "C"], pack.Variants.Select(v => v.Code));
        var sets = pack.Variants.Select(v => v.Items.Select(i => i.Item.Id).Order().ToList()).ToList();
        Assert.All(sets, s => Assert.Equal(sets[0], s));
        var orders = pack.Variants.Select(v => string.Join(",", v.Items.Select(i => i.Item.Id))).Distinct().Count();
        Assert.True(orders > 1, "variants should differ in order");
        Assert.All(pack.Variants, v => Assert.Equal(Enumerable.Range(1, 12), v.Items.Select(i => i.Number)));
    }

    [Fact]
    public void Assemble_DrawsEveryKindAndArticle()
    {
        var pack = Pack(new PackOptions { Questions = 8 });
        var items = pack.Variants[0].Items.Select(i => i.Item).ToList();

        Assert.Equal(6, items.Select(i => i.Kind).Distinct().Count());
        Assert.Equal(3, items.Select(i => i.Evidence[0].Article).Distinct().Count());
        Assert.DoesNotContain(items, i => i.Format == ItemFormat.Card);
        Assert.Equal(4, pack.Cards.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Assemble_PrefersItemsAboutAnotherPassage(int seed)
    {
        var full = PackFixture.Bank();
        var article = full.Articles[0];
        Item Citing(Item item, int paragraph) => item with { Evidence = [Evidence.Of(article, article.Paragraphs[paragraph - 1].Span)] };
        var whoSaid = full.Items.Where(i => i.Kind == ItemKind.WhoSaid).Take(1).Select(i => Citing(i, 1));
        var cloze = full.Items.Where(i => i.Kind == ItemKind.FactCloze).Take(2).Select((i, n) => Citing(i, n + 1));
        var bank = full with { Items = [.. whoSaid.Concat(cloze).OrderBy(i => i.Kind).ThenBy(i => i.Id)] };

        var items = new PackAssembler().Assemble(bank, new PackOptions { Questions = 2, Seed = new StudyKit.Seed(seed) }).Variants[0].Items;

        var paragraphs = items.Select(i => i.Item.Evidence[0].Paragraph.Value).Order();
        Assert.Equal([1, 2], paragraphs);
    }

    [Fact]
    public void Assemble_KeyLetters_PointAtTheCorrectChoice()
    {
        var pack = Pack(new PackOptions { Variants = 4, Questions = 20 });
        foreach (var item in pack.Variants.SelectMany(v => v.Items))
        {
            switch (item.Item.Format)
            {
                case ItemFormat.MultipleChoice or ItemFormat.TrueFalse:
                    Assert.True(item.Choices[item.Key[0] - 'A'].Correct);
                    Assert.Equal(item.Item.Choices.Select(c => c.Text).Order(), item.Choices.Select(c => c.Text).Order());
                    break;
                case ItemFormat.Matching:
                    foreach (var (pair, part) in item.Item.Pairs.Zip(item.Key.Split(' ')))
                    {
                        Assert.Equal(pair.Right, item.MatchOptions[part[^1] - 'A']);
                    }
                    break;
                default:
                    Assert.Equal(string.Empty, item.Key);
                    break;
            }
        }
    }

    [Fact]
    public void Assemble_CorrectPositions_AreBalancedAcrossLetters()
    {
        var bank = PackFixture.Bank(perKind: 20);
        var pack = new PackAssembler().Assemble(bank, new PackOptions { Variants = 5, Questions = 40 });
        var letters = pack.Variants.SelectMany(v => v.Items)
            .Where(i => i.Item.Format == ItemFormat.MultipleChoice)
            .GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["A", "B", "C", "D"], letters.Keys.Order());
        Assert.True(letters.Values.Max() - letters.Values.Min() <= 5, string.Join(", ", letters));
    }

    [Fact]
    public void Assemble_SameSeed_SameBytes_OtherSeed_OtherOrder()
    {
        string Serialise(ClassPack p) => JsonSerializer.Serialize(p.Variants.Select(v => v.Items.Select(i => new { i.Item.Id.Value, i.Key, Choices = i.Choices.Select(c => c.Text) })));
        var options = new PackOptions { Variants = 3, Questions = 12, Seed = new StudyKit.Seed(7) };

        Assert.Equal(Serialise(Pack(options)), Serialise(Pack(options)));
        Assert.NotEqual(Serialise(Pack(options)), Serialise(Pack(options with { Seed = new StudyKit.Seed(8) })));
    }

    [Fact]
    public void Assemble_Pool_DrawsDifferentItemsPerVariant()
    {
        var bank = PackFixture.Bank(perKind: 10);
        var pack = new PackAssembler().Assemble(bank, new PackOptions { Variants = 3, Questions = 6, Pool = true });
        var sets = pack.Variants.Select(v => string.Join(",", v.Items.Select(i => i.Item.Id).Order())).Distinct().Count();

        Assert.True(sets > 1);
    }

    [Fact]
    public void Assemble_Roster_OneVariantPerStudent_WithSafeUniqueStems()
    {
        var roster = RosterReader.Parse("roster.csv", "nama,kelas\nSiti Nur'aini,X-1\nI Gede Ayu Ṣāḥ,X-1\n../x,X-2\ncon,X-2\nBudi 😀,X-2\n");
        var pack = new PackAssembler().Assemble(PackFixture.Bank(), new PackOptions { Roster = roster, Questions = 5 });

        Assert.Equal(["01", "02", "03", "04", "05"], pack.Variants.Select(v => v.Code));
        Assert.Equal(["01-siti-nur-aini", "02-i-gede-ayu-sah", "03-x", "04-student-con", "05-budi"], pack.Variants.Select(v => v.FileStem));
        Assert.Equal("Siti Nur'aini", pack.Variants[0].Student!.Name);
    }
}
