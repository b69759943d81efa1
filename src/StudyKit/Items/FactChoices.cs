using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// The cloze of a fact and its distractors. Numbers: other numbers of the corpus with the same unit and
/// magnitude, then of the same magnitude, then near values of the same precision, always in the answer's
/// own notation. Dates: the same date shifted by days, months or years. Entities: other entities of the
/// same kind from the corpus, in a form as long as the answer's.
/// </summary>
internal static class FactChoices
{
    public const string Blank = "____";

    /// <summary>The sentence with the answer blanked, or null when the answer lies outside the sentence.</summary>
    public static string? Stem(Fact fact)
    {
        var sentence = fact.Evidence;
        var start = fact.Answer.Span.Start - sentence.Span.Start;
        var end = fact.Answer.Span.End - sentence.Span.Start;
        if (fact.Answer.Article != sentence.Article || start < 0 || end > sentence.Excerpt.Length || end <= start)
        {
            return null;
        }
        // "19-20 Juni" with only "20 Juni" as the answer: the blank would cut the range in two.
        var text = sentence.Excerpt;
        if ((start >= 2 && (text[start - 1] is '-' or '–') && char.IsDigit(text[start - 2]))
            || (end + 1 < text.Length && (text[end] is '-' or '–') && char.IsDigit(text[end + 1])))
        {
            return null;
        }
        return Dateline.Strip((text[..start] + Blank + text[end..]).Trim());
    }

    /// <summary>Forms of the answer that must not appear elsewhere in the stem.</summary>
    public static ImmutableArray<string> AnswerForms(GenerationContext context, Fact fact)
    {
        var answer = fact.Answer.Excerpt.Trim();
        return fact.Kind switch
        {
            FactKind.Number => NumberNotation.Find(answer) is { } token ? [answer, token.Value] : [answer],
            FactKind.Date => [answer],
            FactKind.Entity => AnswerEntity(context, answer)?.Entity is { } entity
                ? [answer, .. entity.Aliases.Where(a => a.Length > 2), entity.Name]
                : [answer],
        };
    }

    /// <summary>Up to <paramref name="count"/> distractors, none found in the sentence, and whether any is made rather than found.</summary>
    public static (IReadOnlyList<string> Texts, bool Made) Distractors(GenerationContext context, Fact fact, string salt, int count = 3)
    {
        var language = context.Article(fact.Evidence.Article).Language;
        var answer = fact.Answer.Excerpt.Trim();
        var found = fact.Kind switch
        {
            FactKind.Number => Numbers(context, fact, answer, language, salt),
            FactKind.Date => DateShifter.Variants(answer, language, Decade(fact)).Select(v => (v, true)),
            // "demikian dilaporkan ____": an agency or outlet against other sources, never the article's own.
            FactKind.Entity when IsSource(context, answer) => SourceNames.Distractors(context, answer,
                context.Article(fact.Evidence.Article).Wire, new TextNormal.PhraseText(fact.Evidence.Excerpt), salt, agenciesOnly: false, count: 6).Select(v => (v, false)),
            FactKind.Entity => Entities(context, fact, answer, salt).Select(v => (v, false)),
        };
        var chosen = new List<(string Text, bool Made)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { TextNormal.Normalize(answer) };
        var sentence = new TextNormal.PhraseText(fact.Evidence.Excerpt);
        foreach (var (text, made) in found)
        {
            if (chosen.Count == count)
            {
                break;
            }
            if (seen.Add(TextNormal.Normalize(text)) && !sentence.Contains(TextNormal.Phrase.Of(text)))
            {
                chosen.Add((text, made));
            }
        }
        return (chosen.Select(c => c.Text).ToList(), chosen.Any(c => c.Made));
    }

    /// <summary>True when <paramref name="name"/> is a news agency or outlet: well known, credited or named as a "via".</summary>
    private static bool IsSource(GenerationContext context, string name) => context.IsSource(TextNormal.Normalize(name));

    /// <summary>True for "tahun 1960-an", "the 1990s": a decade, shifted by tens of years.</summary>
    private static bool Decade(Fact fact)
    {
        var after = fact.Answer.Span.End - fact.Evidence.Span.Start;
        var text = fact.Evidence.Excerpt;
        return after < text.Length && (text[after..].StartsWith("-an", StringComparison.Ordinal) || text[after] == 's');
    }

    private static IEnumerable<(string, bool)> Numbers(GenerationContext context, Fact fact, string answer, ArticleLanguage language, string salt)
    {
        if (NumberNotation.Find(answer) is not { } token || (fact.Value ?? NumberNotation.Parse(token.Value, language)) is not { } value)
        {
            foreach (var word in NumberWords.Neighbours(answer, language))
            {
                yield return (word, true);
            }
            yield break;
        }
        string Write(decimal v) => answer[..token.Index] + NumberNotation.Format(v, token.Value, language) + answer[(token.Index + token.Length)..];
        var unit = TextNormal.Normalize(fact.Unit ?? string.Empty);
        var decimals = NumberNotation.Decimals(token.Value, language);
        var others = context.Findings.Facts
            // A corpus value padded with zeros ("12,80%" beside "11,52%") would look made up, so it is left out.
            .Where(f => f.Kind == FactKind.Number && f.Value is { } v && v != value && NumberNotation.SameMagnitude(v, value)
                && NumberNotation.DecimalsOf(v) >= decimals)
            .Select(f => (Value: f.Value!.Value, SameUnit: TextNormal.Normalize(f.Unit ?? string.Empty) == unit))
            .ToList();
        // Values of the same unit first, each group in shuffled order; the other group is shuffled (a hash per
        // value) only when the caller reads that far.
        foreach (var sameUnit in new[] { true, false })
        {
            var group = others.Where(f => f.SameUnit == sameUnit)
                .OrderBy(f => GenerationContext.Shuffle(salt, f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);
            foreach (var other in group)
            {
                yield return (Write(other.Value), false);
            }
        }
        foreach (var near in NumberNotation.Neighbours(value))
        {
            yield return (Write(near), true);
        }
    }

    /// <summary>
    /// Other entities of the answer's kind, in a form shaped like the answer: a surname for a surname, a full
    /// name for a full name, a role standing for a person ("Pejabat Ukraina") only for another such role, a
    /// region only for a region. A name for the same state ("Seoul" for "Korea Selatan") is no distractor.
    /// </summary>
    private static IEnumerable<string> Entities(GenerationContext context, Fact fact, string answer, string salt)
    {
        var entity = AnswerEntity(context, answer);
        var kind = fact.EntityKind ?? entity?.Entity.Kind;
        var words = TextNormal.WordCount(answer);
        var roleLike = NameShape.OpensWithRole(answer);
        var region = Polities.IsRegion(answer);
        var place = Polities.Classify(answer);
        var answerName = TextNormal.Normalize(answer);
        var answerSides = Polities.Sides(answer);
        var answerClass = entity?.Class;
        var sentence = new TextNormal.PhraseText(fact.Evidence.Excerpt);
        bool Shaped(string form) => kind != EntityKind.Person
            || (NameShape.OpensWithRole(form) == roleLike && (roleLike || (words == 1) == (TextNormal.WordCount(form) == 1)));
        var rivals = context.Entities
            // A "person" that neither speaks nor has a role may be a misread phrase ("Perang Dingin").
            .Where(p => p.Entity.Kind != EntityKind.Person || !p.Entity.Roles.IsEmpty || context.IsSpeaker(p.Entity.Id))
            .Where(p => p.Entity.Kind == kind && p.Entity.Id != entity?.Entity.Id && p.Name.Plausible
                && !GenerationContext.Overlapping(p.Name.NormalName, answerName)
                && (entity is null || !NameShape.PartOfRole(p.Name.NameLessRole, entity.Name.Roles)))
            .Where(p => !sentence.ContainsAny(p.Name.Forms))
            // A state against states, a capital against capitals, a region against regions.
            .Where(p => p.IsRegion == region && (place is null || p.Place == place) && (p.Name.Sides & answerSides) == 0)
            // Officials beside officials, experts beside experts, as for "who said it"; then people of the
            // same office or side ("Wakil Menteri Luar Negeri AS ____": another deputy secretary of state first).
            .Select(p => (p.Entity, Rank: (answerClass is null || p.Class == answerClass ? 0 : 2)
                + (entity is not null && p.SharesRole(entity) ? 0 : 1)))
            .ToList();
        // Each rank in shuffled order; a rank is shuffled (a hash per entity) only when the caller reads that far.
        return Enumerable.Range(0, 4)
            .SelectMany(rank => rivals.Where(r => r.Rank == rank)
                .OrderBy(r => GenerationContext.Shuffle(salt, r.Entity.Id.Value), StringComparer.Ordinal))
            .Select(r => r.Entity)
            .Select(e => new[] { e.Name }.Concat(e.Aliases.Where(a => NameShape.Plausible(a, e.Kind))).Where(Shaped)
                .OrderBy(f => Math.Abs(TextNormal.WordCount(f) - words)).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault())
            .OfType<string>();
    }

    private static EntityProfile? AnswerEntity(GenerationContext context, string answer) =>
        context.EntityNamed(TextNormal.Normalize(answer));
}
