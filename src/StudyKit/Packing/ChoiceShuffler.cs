using System.Collections.Immutable;
using System.Globalization;
using StudyKit.Items;

namespace StudyKit.Packing;

/// <summary>
/// Shuffles each item's options for one variant. The correct option's position follows a balanced
/// sequence (each letter used equally often, in shuffled order), so no letter is the favourite answer.
/// </summary>
internal static class ChoiceShuffler
{
    public static ImmutableArray<VariantItem> Shuffle(IReadOnlyList<Item> items, Bogus.Randomizer random)
    {
        var positions = new Queue<int>();
        var result = ImmutableArray.CreateBuilder<VariantItem>(items.Count);
        foreach (var item in items)
        {
            var number = result.Count + 1;
            result.Add(item.Format switch
            {
                ItemFormat.MultipleChoice => MultipleChoice(item, number, NextPosition(positions, item.Choices.Length, random), random),
                ItemFormat.TrueFalse => new VariantItem { Number = number, Item = item, Choices = item.Choices, Key = Export.Letters.Of(item.Choices.IndexOf(item.Choices.First(c => c.Correct))) },
                ItemFormat.Matching => Matching(item, number, random),
                ItemFormat.Open or ItemFormat.Card => new VariantItem { Number = number, Item = item, Key = string.Empty },
            });
        }
        return result.ToImmutable();
    }

    private static int NextPosition(Queue<int> positions, int choiceCount, Bogus.Randomizer random)
    {
        // Refill with a shuffled round of A..D; skip positions an item with fewer options cannot take.
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (positions.Count == 0)
            {
                foreach (var p in random.Shuffle(Enumerable.Range(0, 4)).ToList())
                {
                    positions.Enqueue(p);
                }
            }
            var next = positions.Dequeue();
            if (next < choiceCount)
            {
                return next;
            }
        }
        return random.Number(0, choiceCount - 1);
    }

    private static VariantItem MultipleChoice(Item item, int number, int target, Bogus.Randomizer random)
    {
        var correct = item.Choices.First(c => c.Correct);
        var others = random.Shuffle(item.Choices.Where(c => !c.Correct)).ToList();
        others.Insert(Math.Min(target, others.Count), correct);
        return new VariantItem { Number = number, Item = item, Choices = [.. others], Key = Export.Letters.Of(others.IndexOf(correct)) };
    }

    private static VariantItem Matching(Item item, int number, Bogus.Randomizer random)
    {
        var rights = random.Shuffle(item.Pairs.Select(p => p.Right).Distinct(StringComparer.Ordinal)).ToList();
        var key = string.Join(' ', item.Pairs.Select((p, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{i + 1}-{Export.Letters.Of(rights.IndexOf(p.Right))}")));
        return new VariantItem { Number = number, Item = item, MatchOptions = [.. rights], Key = key };
    }
}
