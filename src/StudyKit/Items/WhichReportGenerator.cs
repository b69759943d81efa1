using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// Which articles report this? Groups come from quote links (the same statement in several articles) and
/// from facts whose number or date, with the words around it, recurs in other articles. An article left
/// out of a group must not mention the number or quote at all, so no wrong set is secretly right.
/// </summary>
internal sealed class WhichReportGenerator : IItemGenerator
{
    private const int SharedWords = 2;

    public ItemKind Kind => ItemKind.WhichReport;

    public IEnumerable<Candidate> Generate(GenerationContext context)
    {
        // With two articles every shared fact is "A and B": there is nothing to ask.
        if (context.Articles.Length < 3)
        {
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in QuoteGroups(context).Concat(FactGroups(context)))
        {
            var labels = string.Join(",", group.Evidence.Select(e => e.Label.Value).Distinct().Order(StringComparer.Ordinal));
            if (seen.Add(labels + "|" + TextNormal.Normalize(group.Token)))
            {
                yield return Build(context, group);
            }
        }
    }

    private sealed record Group(ImmutableArray<Evidence> Evidence, string Stimulus, string Token, bool IsQuote);

    private static IEnumerable<Group> QuoteGroups(GenerationContext context)
    {
        var quotes = context.Findings.Quotes.ToDictionary(q => q.Id);
        foreach (var link in context.Findings.QuoteLinks)
        {
            var all = link.Quotes.Where(quotes.ContainsKey).Select(id => quotes[id]).ToList();
            var first = all.OrderByDescending(q => TextNormal.WordCount(q.Text)).FirstOrDefault();
            var linked = all.Where(q => first is not null && TextNormal.SameGist(q.Text, first.Text))
                .OrderBy(q => q.Evidence.Label.Value, StringComparer.Ordinal).DistinctBy(q => q.Evidence.Article).ToList();
            var others = context.Articles.Where(a => linked.All(q => q.Evidence.Article != a.Id));
            var runs = linked.Select(q => TextNormal.WordRuns.Of(q.Text, 4)).ToList();
            if (linked.Count >= 2 && others.All(a => runs.All(r => !context.Carries(a, r))))
            {
                var shown = linked.OrderByDescending(q => TextNormal.WordCount(q.Text)).First();
                yield return new Group([.. linked.Select(q => context.Around(q.Evidence))], QuoteAttribution.Show(shown.Text), shown.Text, true);
            }
        }
    }

    private static IEnumerable<Group> FactGroups(GenerationContext context)
    {
        // Each fact's token and the content words of its sentence, worked out once rather than once per pair.
        var facts = context.Findings.Facts.Where(f => f.Kind != FactKind.Entity)
            .Select(f => (Fact: f, Token: Token(f)))
            .Select(t => (t.Fact, t.Token, Words: t.Token is null ? [] : ContentWords(t.Fact.Evidence.Excerpt, t.Token)))
            .ToList();
        foreach (var (fact, token, words) in facts)
        {
            if (token is null)
            {
                continue;
            }
            var matches = facts.Where(f => f.Fact.Evidence.Article != fact.Evidence.Article && f.Token == token
                    && f.Words.Count(words.Contains) >= SharedWords)
                .Select(f => f.Fact)
                .GroupBy(f => f.Evidence.Article).Select(g => g.First()).ToList();
            var members = matches.Select(f => f.Evidence.Article).Append(fact.Evidence.Article).ToHashSet();
            var others = context.Articles.Where(a => !members.Contains(a.Id));
            var phrase = TextNormal.Phrase.Of(token);
            // The fact's first article in label order states it; the rest repeat it.
            if (matches.Count == 0 || others.Any(a => context.Mentions(a, phrase))
                || matches.Any(m => string.CompareOrdinal(m.Evidence.Label.Value, fact.Evidence.Label.Value) < 0))
            {
                continue;
            }
            var evidence = matches.Prepend(fact).Select(f => f.Evidence).OrderBy(e => e.Label.Value, StringComparer.Ordinal);
            yield return new Group([.. evidence], Dateline.Strip(fact.Evidence.Excerpt.Trim()), token, false);
        }
    }

    /// <summary>The number or year a fact turns on ("11.000", "2000"), or null.</summary>
    private static string? Token(Fact fact) => NumberNotation.Find(fact.Answer.Excerpt)?.Value;

    private static HashSet<string> ContentWords(string sentence, string token)
    {
        var normal = TextNormal.Normalize(token);
        return TextNormal.Words(sentence).Where(w => w.Length >= 5 && w != normal).ToHashSet(StringComparer.Ordinal);
    }

    private Candidate Build(GenerationContext context, Group group)
    {
        var texts = context.Texts;
        var members = group.Evidence.Select(e => e.Label.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var nonMembers = context.Articles.Select(a => a.Label.Value).Where(l => !members.Contains(l)).ToList();
        var key = string.Join(",", group.Evidence.Select(QuoteAttribution.Key)) + "|" + group.Token;
        var wrongSets = WrongSets(members, nonMembers)
            .OrderBy(s => GenerationContext.Shuffle(key, string.Join(",", s)), StringComparer.Ordinal).Take(3).ToList();
        string Show(IReadOnlyList<string> labels) => texts.JoinList(labels);
        var answer = Show(members);
        var supportText = string.Join("\n", group.Evidence.Select(e => ItemTexts.Format(texts.ArticleLabel, e.Label.Value) + ": " + e.Excerpt));
        return new Candidate
        {
            Kind = Kind,
            Key = key,
            Prompt = group.IsQuote ? texts.WhichReportQuotePrompt : texts.WhichReportPrompt,
            Stimulus = group.Stimulus,
            Choices = [new(answer, true), .. wrongSets.Select(s => new Choice(Show(s), false))],
            Answer = answer,
            Evidence = group.Evidence,
            Explanation = ItemTexts.Format(texts.WhichReportExplanation, answer, string.Join("; ", group.Evidence.Select(context.Ref))),
            Difficulty = 3,
            Support = new Support(supportText, [.. members.Select(m => (ImmutableArray<string>)[ItemTexts.Format(texts.ArticleLabel, m)])]),
            DistractorForms = [.. wrongSets.SelectMany(s => s.Where(nonMembers.Contains))
                .Distinct(StringComparer.Ordinal).Select(l => (ImmutableArray<string>)[ItemTexts.Format(texts.ArticleLabel, l)])],
            Quote = group.IsQuote ? group.Token : null,
            Sentence = group.IsQuote ? null : group.Stimulus,
            ArticlesNeeded = 3,
        };
    }

    /// <summary>Sets near the true one: one member swapped for a non-member, one non-member added, one member dropped.</summary>
    private static IEnumerable<List<string>> WrongSets(List<string> members, List<string> nonMembers)
    {
        var sets = new List<List<string>>();
        foreach (var n in nonMembers)
        {
            sets.Add([.. members.Append(n).Order(StringComparer.Ordinal)]);
            foreach (var m in members)
            {
                sets.Add([.. members.Where(x => x != m).Append(n).Order(StringComparer.Ordinal)]);
            }
        }
        if (members.Count > 2)
        {
            sets.AddRange(members.Select(m => members.Where(x => x != m).ToList()));
        }
        return sets.DistinctBy(s => string.Join(",", s));
    }
}
