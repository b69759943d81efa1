using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Acronyms with their expansions (Schwartz–Hearst, both directions): "long form (ACR)" and "ACR (long
/// form)", letters matched right to left with the first at a word start, so syllabic acronyms
/// ("Kementerian Perhubungan (Kemenhub)") match too. A translated long form whose letters do not match
/// ("rudal balistik antarbenua (ICBM)") is accepted only for an all-capitals acronym of 2–6 letters after
/// a plain noun phrase of about as many words as letters: precision before recall.
/// </summary>
internal static partial class TermExtractor
{
    // Lower-case words that end a noun phrase going backwards, besides function words and Indonesian verb
    // forms: reporting verbs and locatives ("di seberang zona demiliterisasi (DMZ)"). Capitalised, "Badan"
    // starts a name ("Badan Pusat Statistik"); lower-case, "badan" is the common noun before one.
    private static readonly FrozenSet<string> Boundaries = new[]
    {
        "menurut", "kata", "ujar", "said", "says", "sebut", "disebut", "called", "known", "named", "new", "baru", "seperti",
        "like", "seberang", "sekitar", "dekat", "sepanjang", "melalui", "via", "across", "near", "along", "around", "badan",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Function words that may stand inside a long form ("Mobility as a Service", "Bank of England"); any other
    // function word means the letters were matched across a clause ("Pernyataan itu dirilis Kepolisian … (Polri)").
    private static readonly FrozenSet<string> InName = new[] { "dan", "and", "of", "for", "the", "as", "a", "an", "untuk", "de", "van", "on", "in" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectors = new[] { "dan", "and", "of", "for", "untuk", "van", "de" }.ToFrozenSet(StringComparer.Ordinal);

    // Matches "(ICBM)", "(Kemenhub)", "(Ditjen Intram)", "(Mobility as a Service)": a parenthesis without digits.
    [GeneratedRegex(@"\(([^()\d]{2,80})\)")]
    private static partial Regex Parenthesis();

    // Matches "AS merupakan singkatan dari Amerika Serikat", "MaaS stands for Mobility as a Service".
    [GeneratedRegex(@"\b(\p{Lu}[\p{L}]{1,9})\b,?\s+(?:(?:merupakan|adalah|ialah)\s+)?(?:singkatan|kepanjangan|akronim)\s+dari\s+([^,.;:()""“”]+)|\b(\p{Lu}[\p{L}]{1,9})\b\s+stands\s+for\s+([^,.;:()""“”]+)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}'’-]*")]
    private static partial Regex WordPattern();

    /// <summary>Terms of every article, the first definition of each acronym per article, sorted by article then span.</summary>
    public static ImmutableArray<Term> Extract(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var terms = new List<Term>();
        foreach (var article in corpus.Articles)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in Extract(article).OrderBy(t => t.Evidence.Span.Start))
            {
                if (seen.Add(term.Acronym))
                {
                    terms.Add(term);
                }
            }
        }
        return terms.OrderBy(t => t.Evidence.Article.Value, StringComparer.Ordinal)
            .ThenBy(t => t.Evidence.Span.Start).ThenBy(t => t.Evidence.Span.End).ToImmutableArray();
    }

    /// <summary>Every acronym definition in <paramref name="article"/>, in no particular order.</summary>
    public static IEnumerable<Term> Extract(Article article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (Match match in Parenthesis().Matches(paragraph.Text))
            {
                var inner = match.Groups[1];
                var at = paragraph.Span.Start + match.Index;
                var term = IsShortForm(inner.Value.Trim())
                    ? LongFormBefore(article, paragraph, at, inner.Value.Trim(), match.Index + match.Length)
                    : ShortFormBefore(article, paragraph, match.Index, inner);
                if (term is not null)
                {
                    yield return term;
                }
            }
            if (!MayDefine(paragraph.Text))
            {
                continue;
            }
            foreach (Match match in Definition().Matches(paragraph.Text))
            {
                var (acronym, expansion) = match.Groups[1].Success ? (match.Groups[1], match.Groups[2]) : (match.Groups[3], match.Groups[4]);
                var longForm = expansion.Value.Trim();
                if (IsShortForm(acronym.Value) && (AcronymLetters.Match(acronym.Value, longForm) is not null || Translated(acronym.Value, Words(longForm).Count)))
                {
                    yield return Make(article, paragraph, match.Index, match.Index + match.Length, acronym.Value, longForm);
                }
            }
        }
    }

    /// <summary>False when <paramref name="text"/> holds none of the words every <see cref="Definition"/> match
    /// needs, so the regex need not run ("singkatan", "kepanjangan", "akronim", "stands").</summary>
    private static bool MayDefine(string text) =>
        text.Contains("singkatan", StringComparison.Ordinal) || text.Contains("kepanjangan", StringComparison.Ordinal)
        || text.Contains("akronim", StringComparison.Ordinal) || text.Contains("stands", StringComparison.Ordinal);

    /// <summary>"rudal balistik antarbenua (ICBM)": the long form ends right before the parenthesis.</summary>
    private static Term? LongFormBefore(Article article, Paragraph paragraph, int parenthesis, string acronym, int end)
    {
        var before = paragraph.Text[..(parenthesis - paragraph.Span.Start)];
        var clause = before[(before.LastIndexOfAny([',', ';', ':', '.', '"', '“', '”', '(', ')', '—']) + 1)..];
        var words = Words(clause);
        if (words.Count == 0 || !string.IsNullOrWhiteSpace(clause[(words[^1].Index + words[^1].Length)..]))
        {
            return null;
        }
        var window = Math.Min(acronym.Length + 5, acronym.Length * 2);
        var candidates = words.Skip(Math.Max(0, words.Count - window)).ToList();
        var offset = clause.Length - before.Length;
        if (AcronymLetters.Match(acronym, candidates.Select(w => w.Value).ToList()) is { } first
            && candidates.Skip(first).All(w => !IsBoundary(w.Value) || InName.Contains(w.Value.ToLowerInvariant()))
            && !IsBoundary(candidates[first].Value))
        {
            var start = candidates[first].Index - offset;
            return Make(article, paragraph, start, end, acronym, paragraph.Text[start..(parenthesis - paragraph.Span.Start)].TrimEnd());
        }
        if (TranslatedPhrase(words, acronym) is not { } from)
        {
            return null;
        }
        var begin = words[from].Index - offset;
        return Make(article, paragraph, begin, end, acronym, paragraph.Text[begin..(parenthesis - paragraph.Span.Start)].TrimEnd());
    }

    /// <summary>The first word of a translated long form ending the clause: content words back to a function
    /// word or verb, connectors ("dan", "of") allowed inside a capitalised name. Null when the phrase has the
    /// wrong length, or when it could go on (the word before it is of the same kind), so its start is a guess.</summary>
    private static int? TranslatedPhrase(List<Match> words, string acronym)
    {
        var capitalised = char.IsUpper(words[^1].Value[0]);
        var content = 0;
        var first = words.Count;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i].Value;
            var sameCase = char.IsUpper(word[0]) == capitalised;
            if (IsBoundary(word))
            {
                if (capitalised && Connectors.Contains(word) && content > 0 && i > 0 && char.IsUpper(words[i - 1].Value[0]) && !IsBoundary(words[i - 1].Value))
                {
                    continue;
                }
                break;
            }
            if (!sameCase || content == acronym.Length)
            {
                if (sameCase)
                {
                    return null;
                }
                break;
            }
            content++;
            first = i;
        }
        return Translated(acronym, content) ? first : null;
    }

    /// <summary>"MaaS (Mobility as a Service)": the acronym is the word right before the parenthesis.</summary>
    private static Term? ShortFormBefore(Article article, Paragraph paragraph, int parenthesis, Group inner)
    {
        var before = paragraph.Text[..parenthesis].TrimEnd();
        var last = Words(before).LastOrDefault();
        if (last is null || last.Index + last.Length != before.Length || !IsShortForm(last.Value))
        {
            return null;
        }
        var longForm = inner.Value.Trim();
        var words = Words(longForm);
        if (words.Count < 2 || longForm.Any(c => c is ',' or ';' or ':' or '"' or '“' or '”'))
        {
            return null;
        }
        var matches = AcronymLetters.Match(last.Value, words.Select(w => w.Value).ToList()) == 0;
        var translated = Translated(last.Value, words.Count) && !words.Any(w => IsBoundary(w.Value) && w.Index == 0);
        return matches || translated
            ? Make(article, paragraph, last.Index, inner.Index + inner.Length + 1, last.Value, longForm)
            : null;
    }

    /// <summary>An acronym-like token: 2–10 letters (digits and "-" allowed inside), starting with a capital,
    /// with at least two capitals ("ICBM", "MaaS") or one capital in a short syllabic word ("Kemenhub").</summary>
    private static bool IsShortForm(string text)
    {
        if (text.Length is < 2 or > 10 || !char.IsUpper(text[0]) || text.Any(c => !char.IsLetterOrDigit(c) && c != '-'))
        {
            return false;
        }
        var capitals = text.Count(char.IsUpper);
        return capitals >= 2 || text.Length <= 9;
    }

    /// <summary>A translated long form: an all-capitals acronym of 2–6 letters and a phrase of one word fewer
    /// to as many words as letters (at least two words).</summary>
    private static bool Translated(string acronym, int words) =>
        acronym.Length is >= 2 and <= 6 && acronym.All(char.IsUpper) && words >= Math.Max(2, acronym.Length - 1) && words <= acronym.Length;

    private static bool IsBoundary(string word) => Boundaries.Contains(word) || ReuseVocabulary.AllStopwords.Contains(word.ToLowerInvariant())
        || word.Length > 5 && char.IsLower(word[0]) && (word.StartsWith("me", StringComparison.Ordinal) || word.StartsWith("ber", StringComparison.Ordinal));

    private static List<Match> Words(string text) => WordPattern().Matches(text).ToList();

    private static Term Make(Article article, Paragraph paragraph, int start, int end, string acronym, string expansion) =>
        new(acronym, expansion, Evidence.Of(article, new TextSpan(paragraph.Span.Start + start, paragraph.Span.Start + end)));
}
