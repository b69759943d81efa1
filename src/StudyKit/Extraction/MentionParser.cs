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
        // "But the prime minister", "Namun Kim": a capitalised connective opening the sentence is not part of the phrase.
        while (words.Count > 1 && words[0].IsCapitalised && L.NotNames.Contains(words[0].Text) && !L.Honorifics.Contains(words[0].Text)
            && !L.Pronouns.Contains(words[0].Text) && words[0].Text is not ("The" or "A" or "An"))
        {
            words.RemoveAt(0);
            asWritten = text[words[0].Start..end];
        }
        if (subjectSide)
        {
            // "Putin kemudian", "Mr Blair also", "Stoltenberg telah": adverbs between the subject and its verb.
            var strip = 0;
            while (strip < 3 && words.Count - strip > 1 && !words[^(strip + 1)].IsCapitalised && char.IsLetter(words[^(strip + 1)].Text[0])
                && !L.RoleHeads.Contains(words[^(strip + 1)].Text) && !L.Demonstratives.Contains(words[^(strip + 1)].Text))
            {
                strip++;
            }
            if (strip > 0 && IsNameWord(words[^(strip + 1)]))
            {
                words.RemoveRange(words.Count - strip, strip);
            }
        }
        if (words.Count == 1 && L.Pronouns.Contains(words[0].Text))
        {
            return new Mention(asWritten, null, null, EntityKind.Person, MentionForm.Pronoun);
        }
        if (words[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && !text.AsSpan(start, end - start).Contains(',')
            && PersonCore(words) is not { From: > 1 })
        {
            // "the Kansas Republican", "the prime minister": a description. "The … chairman Matthew Taylor" names him.
            return NonPerson(text, asWritten, words);
        }
        var segments = Segments(text, words);
        // First pass skips appositive segments opening in lower case ("pendiri Spear Invest yang … saham Tesla").
        foreach (var appositivesToo in new[] { false, true })
        {
            for (var s = segments.Count - 1; s >= 0; s--)
            {
                if (!appositivesToo && segments.Count > 1 && !segments[s][0].IsCapitalised)
                {
                    continue;
                }
                var core = subjectSide ? ClauseSubject(segments[s]) ?? PersonCore(segments[s]) : PersonCore(segments[s]);
                if (core is null)
                {
                    continue;
                }
                var (from, to) = core.Value;
                var name = text[segments[s][from].Start..segments[s][to].End];
                var role = CleanRole(from > 0 ? Join(text, segments[s], 0, from - 1) : NeighbourRole(text, segments, s));
                // As written: the name with its own role words ("Menteri Keuangan Sri Mulyani Indrawati"), no appositives.
                var written = text[segments[s][0].Start..segments[s][to].End];
                return new Mention(written, name, role, EntityKind.Person, MentionForm.Name);
            }
        }
        // "Di Washington, Gedung Putih": the last segment holding a capitalised word names the organisation.
        var named = segments.FindLastIndex(seg => seg.Any(w => w.IsCapitalised && !L.NotNames.Contains(w.Text)));
        return NonPerson(text, asWritten, named > 0 ? segments[named] : words);
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
        if (to > 0 && segment[to].IsAcronym && segment[to].Text.Length <= 3 && IsNameWord(segment[to - 1]))
        {
            to--;
        }
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
            var orgBefore = L.OrganisationHeads.Contains(before) || (from > 1 && segment[from - 1].IsCapitalised && L.OrganisationHeads.Contains(segment[from - 2].Text));
            if (L.Prepositions.Contains(before) || L.DocumentHeads.Contains(before))
            {
                return null;
            }
            if (orgBefore)
            {
                // "Gubernur Bank Sentral Hendra Wijaya": an organisation name runs into the person's; keep a two-word name.
                return to - from >= 2 ? (to - 1, to) : null;
            }
        }
        return (from, to);
    }

    // "Trump merespons pengumuman Musk": a segment holding an Indonesian verb (meN-/ber-) is a clause; its subject is the first name.
    private static (int From, int To)? ClauseSubject(List<Token> segment)
    {
        var verb = segment.FindIndex(w => !w.IsCapitalised && w.Text.Length > 6 && !L.NotNames.Contains(w.Text)
            && (w.Text.StartsWith("me", StringComparison.Ordinal) || w.Text.StartsWith("ber", StringComparison.Ordinal)));
        if (verb <= 0 || !IsNameWord(segment[0]))
        {
            return null;
        }
        var to = 0;
        while (to + 1 < verb && IsNameWord(segment[to + 1]) && to < 3)
        {
            to++;
        }
        return (0, to);
    }

    private static bool IsParticle(List<Token> segment, int i) =>
        i > 0 && segment[i].Text is "bin" or "binti" or "van" or "von" or "de" or "al" or "der" or "of" && IsNameWord(segment[i - 1]);

    /// <summary>A capitalised word that is not a role, organisation, place, acronym or sentence word.</summary>
    public static bool IsNameWord(Token word) =>
        word.IsCapitalised && !word.IsAcronym && char.IsLetter(word.Text[0])
        && !(word.Text.Length >= 8 && word.Text.EndsWith("nya", StringComparison.Ordinal)) && !L.NotNameWords.Contains(word.Text);

    private static string? NeighbourRole(string text, List<List<Token>> segments, int s)
    {
        foreach (var n in new[] { s + 1, s - 1 })
        {
            if (n >= 0 && n < segments.Count && segments[n].Any(w => L.RoleHeads.Contains(w.Text)))
            {
                return Join(text, segments[n], 0, segments[n].Count - 1);
            }
        }
        return null;
    }

    /// <summary>A role without honorifics around it ("Mr" alone is no role; "Lib Dem spokesman Sir" → "Lib Dem spokesman").</summary>
    public static string? CleanRole(string? role)
    {
        if (role is null)
        {
            return null;
        }
        var words = TextScan.Words(role, 0, role.Length);
        var from = 0;
        var to = words.Count - 1;
        while (from <= to && (L.Honorifics.Contains(words[from].Text) || (words[from].IsCapitalised && L.NotNames.Contains(words[from].Text)))
            && !L.RoleHeads.Contains(words[from].Text))
        {
            from++;
        }
        while (to >= from && (L.Honorifics.Contains(words[to].Text) || L.NotNames.Contains(words[to].Text)))
        {
            to--;
        }
        if (from > to)
        {
            return null;
        }
        var hasHead = false;
        for (var i = from; i <= to; i++)
        {
            if (L.SpeechVerbs.Contains(words[i].Text) || L.PostposedCues.Contains(words[i].Text))
            {
                return null;
            }
            hasHead |= L.RoleHeads.Contains(words[i].Text);
        }
        // "Last week", "In a statement", "63 tahun": not roles
        return hasHead ? role[words[from].Start..words[to].End] : null;
    }

    private static string Join(string text, List<Token> words, int from, int to) => text[words[from].Start..words[to].End];

    private static Mention NonPerson(string text, string asWritten, List<Token> words)
    {
        var the = words[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
        // The head: a role opening the phrase ("pelatih … itu" → a person), else an organisation
        // ("pernyataan resmi kementerian tersebut" → the ministry), else a document.
        var opening = the && words.Count > 1 ? 1 : 0;
        var headAt = L.RoleHeads.Contains(words[opening].Text) ? opening : words.FindIndex(w => L.OrganisationHeads.Contains(w.Text));
        if (headAt < 0)
        {
            headAt = words.FindIndex(w => L.DocumentHeads.Contains(w.Text));
        }
        var head = headAt < 0 ? null : words[headAt].ToString().ToLowerInvariant();
        var describes = the || (L.Demonstratives.Contains(words[^1].Text) && (!words.Skip(1).Any(IsNameWord) || char.IsLower(words[0].Text[0])));
        if (describes && !(the && words.Any(w => w.IsAcronym)))
        {
            return new Mention(asWritten, null, null, EntityKind.Person, MentionForm.Description, head);
        }
        var capital = words.FindIndex(w => w.IsCapitalised && !L.NotNames.Contains(w.Text) && !L.IsAnyCue(w.Text)
            && !L.WholeViaMarkers.Contains(w.ToString().ToLowerInvariant()));
        if (capital < 0)
        {
            return new Mention(asWritten, null, null, EntityKind.Person, MentionForm.Group);
        }
        // One capitalised run, prepositions allowed inside: "Duta Besar Korea Selatan untuk PBB", not "Washington dan Seoul …".
        var lastCapital = capital;
        for (var i = capital + 1; i < words.Count; i++)
        {
            if (words[i].IsCapitalised || char.IsDigit(words[i].Text[0]))
            {
                lastCapital = i;
            }
            else if (!(L.Prepositions.Contains(words[i].Text) && i + 1 < words.Count && words[i + 1].IsCapitalised && !L.NotNames.Contains(words[i + 1].Text)))
            {
                break;
            }
        }
        var name = Join(text, words, capital, lastCapital);
        var kind = L.DocumentHeads.Contains(words[capital].Text) ? EntityKind.Document
            : L.RoleHeads.Contains(words[capital].Text) ? EntityKind.Person
            : words.Skip(capital).Any(w => L.OrganisationHeads.Contains(w.Text) || w.IsAcronym) ? EntityKind.Organisation
            : EntityKind.Place;
        return new Mention(asWritten, name, null, kind, MentionForm.Name);
    }
}
