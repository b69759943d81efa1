using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// The full person names written in one article, in text order, with the roles written before them, and the
/// acronyms it defines ("Saudi Press Agency (SPA)"). Byline authors are left out: a reporter is never a
/// speaker, so "Kim" in an article by Jack Kim still finds Kim Jong Un.
/// </summary>
internal sealed class ArticleNames
{
    private readonly List<(int At, string Name, string? Role)> _people = [];
    private readonly HashSet<string> _midSentence = new(StringComparer.Ordinal);
    private readonly HashSet<int> _subjects = [];
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);

    public ArticleNames(Article article, ArticleWords words)
    {
        var authors = article.Authors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var paragraph in article.Paragraphs)
        {
            var inParagraph = words.Within(paragraph.Span.Start, paragraph.Span.End);
            if (!IsHeading(article.Text, paragraph.Span, inParagraph))
            {
                Scan(article.Text, paragraph.Span, inParagraph, authors);
            }
        }
    }

    public IReadOnlyList<(int At, string Name, string? Role)> People => _people;

    /// <summary>True when <paramref name="name"/> is written somewhere not at a sentence start, so its first word is
    /// surely part of the name ("Janji Putin ini …" opens a sentence and is not a name).</summary>
    public bool IsSure(string name) => _midSentence.Contains(name);

    /// <summary>True when the name written at <paramref name="at"/> is the first name of its sentence (likely its subject).</summary>
    public bool IsSubjectAt(int at) => _subjects.Contains(at);

    public IReadOnlyDictionary<string, string> Acronyms => _acronyms;

    private void Scan(string text, TextSpan span, ReadOnlySpan<Token> words, HashSet<string> authors)
    {
        var lastSentence = -1;
        var i = 0;
        while (i < words.Length)
        {
            if (!MentionParser.IsNameWord(words[i]) || i > 0 && IsGlued(text, words[i - 1], words[i]) && IsOrgWord(words[i - 1]))
            {
                i++;
                continue;
            }
            var s = i;
            while (i + 1 < words.Length && MentionParser.IsNameWord(words[i + 1]) && IsGlued(text, words[i], words[i + 1]) && i + 1 - s < 4)
            {
                i++;
            }
            if (i > s)
            {
                var name = text[words[s].Start..words[i].End];
                if (!authors.Contains(name))
                {
                    _people.Add((words[s].Start, name, RoleBefore(text, words, s)));
                    var sentence = TextScan.SentenceStart(text, span.Start, words[s].Start);
                    if (sentence != lastSentence)
                    {
                        _subjects.Add(words[s].Start);
                    }
                    lastSentence = sentence;
                    if (!OpensSentence(text, span.Start, words[s].Start))
                    {
                        _midSentence.Add(name);
                    }
                }
            }
            i++;
        }
        DefineOrganisationAcronyms(text, words);
    }

    // "Saudi Press Agency (SPA)": a capitalised run followed by a parenthesised acronym of its initials.
    private void DefineOrganisationAcronyms(string text, ReadOnlySpan<Token> words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            if (!words[k].IsAcronym || words[k].Start == 0 || text[words[k].Start - 1] != '(')
            {
                continue;
            }
            var s = k - 1;
            while (s > 0 && words[s - 1].IsCapitalised && IsGlued(text, words[s - 1], words[s]))
            {
                s--;
            }
            if (s < k - 1)
            {
                // The first definition holds.
                _acronyms.TryAdd(words[k].ToString(), text[words[s].Start..words[k - 1].End]);
            }
        }
    }

    // "Putin dan Kim Berpelukan Usai Teken Pakta": a short title-case line is a heading, not a source of names.
    private static bool IsHeading(string text, TextSpan span, ReadOnlySpan<Token> words)
    {
        var last = text[span.End - 1];
        if (words.Length > 20 || last is '.' or '!' or '?' || TextScan.IsDoubleMark(last))
        {
            return false;
        }
        var capitalised = 0;
        foreach (var word in words)
        {
            capitalised += word.IsCapitalised ? 1 : 0;
        }
        return capitalised * 10 >= words.Length * 6;
    }

    private static bool OpensSentence(string text, int floor, int at)
    {
        var k = at - 1;
        while (k >= floor && char.IsWhiteSpace(text[k]))
        {
            k--;
        }
        return k < floor || text[k] is '.' or '!' or '?' or ':' || TextScan.IsDoubleMark(text[k]);
    }

    private static bool IsOrgWord(Token w) => SpeechLexicon.Both.OrganisationHeads.Contains(w.Text);

    private static bool IsGlued(string text, Token a, Token b) => b.Start - a.End <= 1 && text.AsSpan(a.End, b.Start - a.End).IndexOfAnyExcept(' ') < 0;

    /// <summary>"Presiden Rusia Vladimir Putin" or "Wakil Menteri Luar Negeri Korea Selatan, Kim Hong-kyun": the role
    /// words right before a name, or an appositive role ending with a comma just before it.</summary>
    private static string? RoleBefore(string text, ReadOnlySpan<Token> words, int s)
    {
        if (s == 0)
        {
            return null;
        }
        var gap = text.AsSpan(words[s - 1].End, words[s].Start - words[s - 1].End).Trim();
        return gap.Length == 0 || gap.SequenceEqual(",") ? RoleEndingAt(text, words, s - 1) : null;
    }

    private static bool OpensParagraph(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }
        return i < 0 || text[i] == '\n';
    }

    private static readonly WordSet Conjunctions = new(["dan", "serta", "atau", "and", "or", "&"], StringComparer.OrdinalIgnoreCase);

    private static string? RoleEndingAt(string text, ReadOnlySpan<Token> words, int last)
    {
        var from = last + 1;
        var sawHead = false;
        while (from > 0 && last + 1 - from < 8)
        {
            var w = words[from - 1];
            if (from <= last && text.AsSpan(w.End, words[from].Start - w.End).Trim().Length > 0)
            {
                break;
            }
            // "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un": a conjunction ends the role.
            if (Conjunctions.Contains(w.Text)
                || (SpeechLexicon.Both.Prepositions.Contains(w.Text) && !sawHead)
                || (SpeechLexicon.Both.NotNames.Contains(w.Text) && !SpeechLexicon.Both.RoleHeads.Contains(w.Text)))
            {
                break;
            }
            sawHead |= SpeechLexicon.Both.RoleHeads.Contains(w.Text);
            from--;
        }
        var head = from;
        while (head <= last && !SpeechLexicon.Both.RoleHeads.Contains(words[head].Text))
        {
            head++;
        }
        // English puts the office before its head: "Agriculture Minister", "council member", "Foreign Secretary".
        // A word that opens its paragraph is more often a dateline ("Jakarta Pelatih Timnas …") than an office.
        while (head > from && head <= last && !OpensParagraph(text, words[head - 1].Start)
            && (char.IsUpper(words[head - 1].Text[0]) || SpeechLexicon.Both.OfficeModifiers.Contains(words[head - 1].Text)))
        {
            head--;
        }
        return head <= last ? MentionParser.CleanRole(text[words[head].Start..words[last].End]) : null;
    }
}
