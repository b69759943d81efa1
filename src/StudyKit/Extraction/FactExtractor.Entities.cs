using System.Collections.Immutable;
using StudyKit.Reading;

namespace StudyKit.Extraction;

internal static partial class FactExtractor
{
    /// <summary>An entity name with every place it is written in the article (overlapping ones too), in text order.</summary>
    private sealed class Name(string text, EntityKind kind)
    {
        public string Text { get; } = text;

        public EntityKind Kind { get; } = kind;

        public List<int> Occurrences { get; } = [];
    }

    /// <summary>Names and aliases of <paramref name="entities"/> (those that count for <paramref name="article"/>), longest
    /// first, each with its occurrences: one search of the article per name rather than one per name and sentence.</summary>
    private static List<Name> EntityNames(Article article, ImmutableArray<Entity> entities)
    {
        var names = entities
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => new Name(n, e.Kind)))
            .Where(n => n.Text.Length >= 3)
            .DistinctBy(n => n.Text, StringComparer.Ordinal)
            .OrderByDescending(n => n.Text.Length).ThenBy(n => n.Text, StringComparer.Ordinal)
            .ToList();
        var text = article.Text;
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name.Text, at + 1, StringComparison.Ordinal))
            {
                name.Occurrences.Add(at);
            }
        }
        return names;
    }

    /// <summary>Entity names from the list; else capitalised runs that are gazetteer places or organisations
    /// ("Korea Utara", "Kementerian Perhubungan", "NATO").</summary>
    private static void Entities(string text, TextSpan sentence, List<Word> words, FactVocabulary vocabulary, List<Name> names, List<Candidate> found)
    {
        foreach (var name in names)
        {
            // The occurrences written wholly inside the sentence, in text order.
            var first = name.Occurrences.BinarySearch(sentence.Start);
            for (var k = first >= 0 ? first : ~first; k < name.Occurrences.Count && name.Occurrences[k] + name.Text.Length <= sentence.End; k++)
            {
                var at = name.Occurrences[k];
                var span = new TextSpan(at, at + name.Text.Length);
                if (IsWordBoundary(text, span))
                {
                    Add(found, new Candidate(span, FactKind.Entity, EntityKind: name.Kind));
                }
            }
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsCapitalised)
            {
                var last = CapitalisedRunEnd(text, words, i, vocabulary);
                Gazetteer(text, words, (i, last), vocabulary, found);
                i = last;
            }
        }
    }

    private static void Gazetteer(string text, List<Word> words, (int First, int Last) run, FactVocabulary vocabulary, List<Candidate> found)
    {
        var whole = new TextSpan(words[run.First].Start, words[run.Last].End);
        var wholeText = text.AsSpan(whole.Start, whole.Length);
        if (vocabulary.IsPlace(wholeText))
        {
            Add(found, new Candidate(whole, FactKind.Entity, EntityKind: EntityKind.Place));
            return;
        }
        if (run.Last > run.First && (vocabulary.OrganisationHeads.Contains(words[run.First].Text) || FactVocabulary.OrganisationTails.Contains(words[run.Last].Text))
            || vocabulary.IsOrganisation(wholeText))
        {
            Add(found, new Candidate(whole, FactKind.Entity, EntityKind: EntityKind.Organisation));
            return;
        }
        for (var width = 2; width >= 1; width--)
        {
            for (var i = run.First; i + width - 1 <= run.Last; i++)
            {
                var span = new TextSpan(words[i].Start, words[i + width - 1].End);
                var part = text.AsSpan(span.Start, span.Length);
                var kind = vocabulary.IsPlace(part) ? EntityKind.Place
                    : vocabulary.IsOrganisation(part) ? EntityKind.Organisation : (EntityKind?)null;
                if (kind is not null)
                {
                    Add(found, new Candidate(span, FactKind.Entity, EntityKind: kind));
                }
            }
        }
    }

    /// <summary>The last word of the run of capitalised words joined by spaces that starts at <paramref name="first"/>,
    /// allowing connectors ("Carnegie Endowment for International Peace") between capitalised words.</summary>
    private static int CapitalisedRunEnd(string text, List<Word> words, int first, FactVocabulary vocabulary)
    {
        var last = first;
        while (last + 1 < words.Count && OnlySpaces(text, words[last].End, words[last + 1].Start))
        {
            if (words[last + 1].IsCapitalised)
            {
                last++;
            }
            else if (last + 2 < words.Count && vocabulary.NameConnectors.Contains(words[last + 1].Text)
                && words[last + 2].IsCapitalised && OnlySpaces(text, words[last + 1].End, words[last + 2].Start))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }
        return last;
    }

    private static bool IsWordBoundary(string text, TextSpan span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(text[span.Start - 1])) && (span.End == text.Length || !char.IsLetterOrDigit(text[span.End]));
}
