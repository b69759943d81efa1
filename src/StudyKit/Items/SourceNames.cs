using System.Collections.Frozen;
using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Outlets and news agencies as distractors: first those the corpus names (credited wires, the "via" of
/// quotes and claims, the outlets), then, only when the corpus has too few, well-known wire agencies.
/// </summary>
internal static class SourceNames
{
    /// <summary>Wire agencies every reader may meet; used only to top up a corpus with too few.</summary>
    public static ImmutableArray<string> KnownAgencies { get; } =
        ["AFP", "Antara", "AP", "Bloomberg", "KCNA", "Kyodo", "PA Media", "Reuters", "Tass", "Xinhua", "Yonhap"];

    /// <summary><see cref="KnownAgencies"/>, normalised.</summary>
    private static readonly FrozenSet<string> KnownNormal = KnownAgencies.Select(TextNormal.Normalize).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The well-known agencies a reader of <paramref name="language"/> news meets (Antara in Indonesian, PA Media in English).</summary>
    public static IEnumerable<string> KnownFor(Reading.ArticleLanguage language) => language switch
    {
        Reading.ArticleLanguage.Id => KnownAgencies.Where(a => a != "PA Media"),
        Reading.ArticleLanguage.En => KnownAgencies.Where(a => a != "Antara"),
    };

    /// <summary>
    /// Up to <paramref name="count"/> names other than <paramref name="answer"/>, none in
    /// <paramref name="exclude"/> and none named in <paramref name="evidenceText"/>, in a stable order:
    /// the agencies and "via" sources of the corpus, then well-known agencies, then (unless
    /// <paramref name="agenciesOnly"/>) the corpus's outlets.
    /// </summary>
    public static IReadOnlyList<string> Distractors(GenerationContext context, string answer, IEnumerable<string> exclude,
        TextNormal.PhraseText evidenceText, string salt, bool agenciesOnly, int count = 3)
    {
        var excluded = exclude.Append(answer).Select(TextNormal.Normalize).ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> Ordered(IEnumerable<string> names) => names.OrderBy(n => GenerationContext.Shuffle(salt, n), StringComparer.Ordinal);
        var vias = context.Vias.Where(v => !agenciesOnly || KnownNormal.Contains(TextNormal.Normalize(v)) || context.Wires.Contains(v, StringComparer.Ordinal));
        var outlets = agenciesOnly ? [] : context.Outlets;
        var names = Ordered(Clean(context.Wires.Concat(vias))).Concat(Ordered(KnownFor(context.Language))).Concat(Ordered(Clean(outlets)));
        var chosen = new List<string>();
        foreach (var name in names)
        {
            if (chosen.Count == count)
            {
                break;
            }
            var normal = TextNormal.Normalize(name);
            if (!excluded.Contains(normal) && !evidenceText.Contains(TextNormal.Phrase.Of(name)))
            {
                chosen.Add(name);
                excluded.Add(normal);
            }
        }
        return chosen;
    }

    private static IEnumerable<string> Clean(IEnumerable<string> names) =>
        names.Where(n => n.Trim().Length > 1)
            .Select(n => n.Trim())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>Every name an article's text, title or credit lines mention (so it is not "wrong" for that article).</summary>
    public static string ArticleText(Article article) =>
        article.Title + "\n" + article.Outlet + "\n" + string.Join("\n", article.Wire) + "\n" + article.Text;
}
