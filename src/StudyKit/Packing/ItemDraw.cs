using StudyKit.Items;

namespace StudyKit.Packing;

/// <summary>
/// Stratified drawing: round-robin over kinds, and within a kind an item whose evidence paragraphs no drawn
/// item cites (so one paper does not ask twice about the same passage), then the article least used so far.
/// </summary>
internal static class ItemDraw
{
    public static List<Item> Stratified(IReadOnlyList<Item> items, int count, Bogus.Randomizer random)
    {
        var byKind = items
            .GroupBy(i => i.Kind)
            .OrderBy(g => g.Key)
            .Select(g => random.Shuffle(g.OrderBy(i => i.Id)).ToList())
            .ToList();
        var articleUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var cited = new HashSet<(string, int)>();
        var drawn = new List<Item>(Math.Min(count, items.Count));
        while (drawn.Count < count && byKind.Any(k => k.Count > 0))
        {
            foreach (var pool in byKind.Where(k => k.Count > 0))
            {
                if (drawn.Count == count)
                {
                    break;
                }
                // MinBy keeps the first of equal keys, as a stable sort's first element would.
                var pick = pool.MinBy(i => (Paragraphs(i).Any(cited.Contains) ? 1 : 0, Use(i, articleUse)))!;
                pool.Remove(pick);
                drawn.Add(pick);
                cited.UnionWith(Paragraphs(pick));
                foreach (var article in Articles(pick))
                {
                    articleUse[article] = articleUse.GetValueOrDefault(article) + 1;
                }
            }
        }
        return drawn;
    }

    private static int Use(Item item, Dictionary<string, int> articleUse) =>
        Articles(item).Select(a => articleUse.GetValueOrDefault(a)).DefaultIfEmpty(0).Min();

    private static IEnumerable<(string, int)> Paragraphs(Item item) => item.Evidence.Select(e => (e.Article.Value, e.Paragraph.Value));

    private static IEnumerable<string> Articles(Item item) => item.Evidence.Select(e => e.Article.Value).Distinct(StringComparer.Ordinal);
}
