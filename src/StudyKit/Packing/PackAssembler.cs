using System.Collections.Immutable;
using StudyKit.Items;

namespace StudyKit.Packing;

/// <summary>
/// Draws questions from a bank into student variants: stratified by kind and article, ordered by section,
/// shuffled per variant, with the correct letters balanced across positions. Pure: the same bank and
/// options give the same pack.
/// </summary>
public sealed class PackAssembler
{
    /// <summary>Packs <paramref name="bank"/> with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one variant or question is asked for.</exception>
    public ClassPack Assemble(ItemBank bank, PackOptions options)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Questions, 1);
        var count = options.Roster.IsEmpty ? options.Variants : options.Roster.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

        var questions = bank.Items.Where(i => i.Format != ItemFormat.Card).ToList();
        var shared = ItemDraw.Stratified(questions, options.Questions, options.Seed.Randomizer("draw"));
        var stems = VariantNames.FileStems(options, count);
        var variants = ImmutableArray.CreateBuilder<Variant>(count);
        for (var v = 0; v < count; v++)
        {
            var drawn = options.Pool ? ItemDraw.Stratified(questions, options.Questions, options.Seed.Randomizer("draw", v + 1)) : shared;
            var ordered = Order(drawn, options.Seed.Randomizer("order", v));
            var items = ChoiceShuffler.Shuffle(ordered, options.Seed.Randomizer("choices", v));
            var student = options.Roster.IsEmpty ? null : options.Roster[v];
            variants.Add(new Variant(VariantNames.Code(options, v), student, stems[v], items));
        }
        return new ClassPack
        {
            Bank = bank,
            Options = options,
            Variants = variants.ToImmutable(),
            Cards = [.. bank.Items.Where(i => i.Format == ItemFormat.Card)],
        };
    }

    /// <summary>Paper order: sections in a fixed order, items shuffled inside each section.</summary>
    private static List<Item> Order(IReadOnlyList<Item> items, Bogus.Randomizer random) =>
        items.GroupBy(Section)
            .OrderBy(g => g.Key)
            .SelectMany(g => random.Shuffle(g.OrderBy(i => i.Id)).ToList())
            .ToList();

    /// <summary>The worksheet section an item belongs to, in paper order.</summary>
    public static PaperSection Section(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Format switch
        {
            ItemFormat.MultipleChoice => item.Kind.IsSourceAttribution() ? PaperSection.SourceAttribution : PaperSection.MultipleChoice,
            ItemFormat.Matching => PaperSection.Matching,
            ItemFormat.TrueFalse => PaperSection.TrueFalse,
            ItemFormat.Open => PaperSection.Discussion,
            ItemFormat.Card => PaperSection.Cards,
        };
    }
}
