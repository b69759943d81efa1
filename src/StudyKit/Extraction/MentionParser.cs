namespace StudyKit.Extraction;

/// <summary>
/// Reads a speaker phrase into a <see cref="Mention"/>: the name, the role written beside it and the form.
/// "Presiden Rusia Vladimir Putin" → name "Vladimir Putin", role "Presiden Rusia"; "James Acton, salah satu
/// direktur …" → name "James Acton" with the appositive as role; "pelatih Timnas Indonesia itu" → description.
/// </summary>
internal static class MentionParser
{
    private static SpeechLexicon.Merged L => SpeechLexicon.Both;

    /// <summary>Parses <paramref name="text"/>[start..end). With <paramref name="subjectSide"/> the phrase
    /// precedes its verb, so trailing adverbs ("Putin kemudian", "Mr Blair also") are skipped.</summary>
    public static Mention? Parse(string text, int start, int end, bool subjectSide)
    {
        (start, end) = Trim(text, start, end);
        if (end <= start)
        {
            return null;
        }
        var asWritten = text[start..end];
        var words = TextScan.Words(text, start, end);
        if (words.Count == 0)
        {
            return null;
        }
        if (subjectSide)
        {
            while (words.Count > 1 && !words[^1].IsCapitalised && !L.RoleHeads.Contains(words[^1].Text) && words.Count - 1 >= 1)
            {
                words.RemoveAt(words.Count - 1);
            }
        }
        if (words.Count == 1 && L.Pronouns.Contains(words[0].Text))
        {
            return new Mention(asWritten, null, null, EntityKind.Person, MentionForm.Pronoun);
        }
        var segments = Segments(text, words);
        for (var s = segments.Count - 1; s >= 0; s--)
        {
            var core = PersonCore(segments[s]);
            if (core is null)
            {
                continue;
            }
            var (from, to) = core.Value;
            var name = text[segments[s][from].Start..segments[s][to].End];
            var role = from > 0 ? Join(text, segments[s], 0, from - 1) : NeighbourRole(text, segments, s);
            return new Mention(asWritten, name, role, EntityKind.Person, MentionForm.Name);
        }
        return NonPerson(text, asWritten, words);
    }

    /// <summary>Strips enclosing punctuation and any parenthesised aside ("Colleen Hoffman (69)").</summary>
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != ')')
        {
            end--;
        }
        if (end > start && text[end - 1] == ')')
        {
            var open = text.LastIndexOf('(', end - 1, end - start);
            if (open > start)
            {
                end = open;
                while (end > start && !char.IsLetterOrDigit(text[end - 1]))
                {
                    end--;
                }
            }
        }
        return (start, end);
    }

    /// <summary>Words grouped by the commas between them, parenthesised words dropped.</summary>
    private static List<List<Token>> Segments(string text, List<Token> words)
    {
        var segments = new List<List<Token>> { new() };
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(','))
            {
                segments.Add([]);
            }
            var inParens = words[i].Start > 0 && text[words[i].Start - 1] == '(';
            if (!inParens)
            {
                segments[^1].Add(words[i]);
            }
        }
        segments.RemoveAll(s => s.Count == 0);
        return segments;
    }

    /// <summary>The trailing run of 1–4 name words in a segment, or null: "Sekretaris Jenderal NATO Jens Stoltenberg"
    /// gives "Jens Stoltenberg"; "MP for Witney" and "profesor di Universitas Ewha Seoul" give none.</summary>
    private static (int From, int To)? PersonCore(List<Token> segment)
    {
        var to = segment.Count - 1;
        if (!IsNameWord(segment[to]))
        {
            return null;
        }
        var from = to;
        while (from > 0 && (IsNameWord(segment[from - 1]) || IsParticle(segment, from - 1)) && to - from < 3)
        {
            from--;
        }
        if (from > 0)
        {
            var before = segment[from - 1].Text;
            if (L.OrganisationHeads.Contains(before) || L.Prepositions.Contains(before) || L.DocumentHeads.Contains(before))
            {
                return null;
            }
            if (from > 1 && segment[from - 1].IsCapitalised && L.OrganisationHeads.Contains(segment[from - 2].Text))
            {
                return null;
            }
        }
        return (from, to);
    }

    private static bool IsParticle(List<Token> segment, int i) =>
        i > 0 && segment[i].Text is "bin" or "binti" or "van" or "von" or "de" or "al" or "der" or "of" && IsNameWord(segment[i - 1]);

    /// <summary>A capitalised word that is not a role, organisation, place, acronym or sentence word.</summary>
    public static bool IsNameWord(Token word) =>
        word.IsCapitalised && !word.IsAcronym && char.IsLetter(word.Text[0])
        && !L.RoleHeads.Contains(word.Text) && !L.OrganisationHeads.Contains(word.Text)
        && !L.DocumentHeads.Contains(word.Text) && !L.NotNames.Contains(word.Text)
        && !L.Honorifics.Contains(word.Text) && !L.Places.Contains(word.Text);

    private static string? NeighbourRole(string text, List<List<Token>> segments, int s)
    {
        foreach (var n in new[] { s + 1, s - 1 })
        {
            if (n >= 0 && n < segments.Count && segments[n].Any(w => L.RoleHeads.Contains(w.Text) || !w.IsCapitalised))
            {
                return Join(text, segments[n], 0, segments[n].Count - 1);
            }
        }
        return null;
    }

    private static string Join(string text, List<Token> words, int from, int to) => text[words[from].Start..words[to].End];

    private static Mention NonPerson(string text, string asWritten, List<Token> words)
    {
        var first = words[0].Text;
        var last = words[^1].Text;
        var head = words.FirstOrDefault(w => L.OrganisationHeads.Contains(w.Text) || L.DocumentHeads.Contains(w.Text)
            || L.RoleHeads.Contains(w.Text)).Text;
        var describes = L.Demonstratives.Contains(last) || string.Equals(first, "the", StringComparison.OrdinalIgnoreCase);
        if (describes && !words.Skip(1).Any(IsNameWord))
        {
            return new Mention(asWritten, null, null, EntityKind.Person, MentionForm.Description, head?.ToLowerInvariant());
        }
        var capital = words.FindIndex(w => w.IsCapitalised && !L.NotNames.Contains(w.Text));
        if (capital < 0)
        {
            return new Mention(asWritten, null, null, EntityKind.Person, MentionForm.Group);
        }
        var lastCapital = words.FindLastIndex(w => w.IsCapitalised);
        var name = Join(text, words, capital, lastCapital);
        var kind = L.DocumentHeads.Contains(words[capital].Text) ? EntityKind.Document
            : L.RoleHeads.Contains(words[capital].Text) ? EntityKind.Person
            : words.Skip(capital).Any(w => L.OrganisationHeads.Contains(w.Text) || w.IsAcronym) ? EntityKind.Organisation
            : EntityKind.Place;
        return new Mention(asWritten, name, null, kind, MentionForm.Name);
    }
}
