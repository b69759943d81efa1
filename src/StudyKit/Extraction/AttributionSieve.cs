namespace StudyKit.Extraction;

/// <summary>Where an attribution was found: the mention, the pattern, and the clause to search for a via.</summary>
internal sealed record Attribution(Mention Mention, QuotePattern Pattern, int ClauseStart, int ClauseEnd);

/// <summary>
/// The cue patterns around one quote, each a hand-written scanner (no backtracking). The sieve order lives in
/// <see cref="ArticleSpeech"/>: postposed cue, preposed cue, continuation, governing verb, later cue, none.
/// </summary>
internal static class AttributionSieve
{
    private const int MaxSpeakerWords = 14;

    private static SpeechLexicon.Merged L => SpeechLexicon.Both;

    /// <summary>Slots A and B, right after the closing mark: <c>“…,” kata Putin</c>, <c>“…,” katanya</c>,
    /// <c>"…," he said</c>, <c>"…," Mr Peston said</c>, <c>"…" the Labour MP for Birkenhead asked</c>.</summary>
    public static Attribution? Postposed(string text, int from, int paragraphEnd) =>
        PostposedIn(text, from, TextScan.SentenceEnd(text, from, paragraphEnd));

    private static Attribution? PostposedIn(string text, int from, int sentenceEnd)
    {
        var start = from;
        while (start < sentenceEnd && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '.' or '!' or '?' or '…' or '-' or '–' or '—'))
        {
            start++;
        }
        var words = TextScan.Words(text, start, sentenceEnd);
        if (words.Count == 0 || words[0].Start != start)
        {
            return null;
        }
        var w0 = words[0].Text;
        if (L.CliticCues.Contains(w0))
        {
            return Pronoun(text, words[0].Start, words[0].End, sentenceEnd);
        }
        if (words.Count > 1 && words[1].Text is "nya" && L.PostposedCues.Contains(w0))
        {
            return Pronoun(text, words[0].Start, words[1].End, sentenceEnd);
        }
        if (IsAccording(words, 0, out var skip) && skip < words.Count)
        {
            // "“…,” menurut Kepala BMKG Dwikorita." / "\"…,\" according to the ministry."
            var according = AfterCue(text, words, skip, sentenceEnd);
            return according is null ? null : according with { Pattern = according.Mention.Form == MentionForm.Pronoun ? QuotePattern.Pronoun : QuotePattern.According };
        }
        if (L.PostposedCues.Contains(w0) && char.IsLower(w0[0]))
        {
            var k = 1;
            while (k < words.Count && k < 3 && L.PostposedCues.Contains(words[k].Text))
            {
                k++; // "demikian kata X", "said Mr X"
            }
            return k < words.Count ? AfterCue(text, words, k, sentenceEnd) : null;
        }
        return SubjectThenVerb(text, words, sentenceEnd);
    }

    private static Attribution Pronoun(string text, int start, int end, int clauseEnd) =>
        new(new Mention(text[start..end], null, null, EntityKind.Person, MentionForm.Pronoun), QuotePattern.Pronoun, end, clauseEnd);

    // "kata Presiden Rusia Vladimir Putin seperti dikutip …": the phrase runs to punctuation, or to a phrase ender
    // once a name has been seen ("kata peneliti pada Organisasi …, Duaa Dhainy" keeps going past "pada").
    private static Attribution? AfterCue(string text, List<Token> words, int k, int sentenceEnd)
    {
        var start = words[k].Start;
        var end = start;
        var sawName = false;
        var appositive = false;
        for (var i = k; i < words.Count && i - k < MaxSpeakerWords; i++)
        {
            var gap = text.AsSpan(end, words[i].Start - end);
            if (i > k && (gap.IndexOfAny(".;:!?") >= 0 || ContainsMark(gap)))
            {
                break;
            }
            // After "kata Leif-Eric Easley," the appositive role runs on ("profesor di Universitas …") until a via
            // marker or a time clause; before it, a phrase ender closes the speaker ("kata Putin seperti dikutip …").
            appositive |= sawName && gap.Contains(',');
            var ender = appositive
                ? L.TimeEnders.Contains(words[i].Text) || L.ViaMarkerHeads.Contains(words[i].Text)
                : sawName && L.PhraseEnders.Contains(words[i].Text);
            if (i > k && (L.WholeViaMarkers.Contains(words[i].Text) || L.Demonstratives.Contains(words[i - 1].Text) || ender))
            {
                break;
            }
            sawName |= words[i].IsCapitalised && !L.NotNames.Contains(words[i].Text);
            end = words[i].End;
            if (i + 1 < words.Count && text.AsSpan(end, words[i + 1].Start - end).Contains(')'))
            {
                end = text.IndexOf(')', end) + 1;
            }
        }
        var mention = MentionParser.Parse(text, start, end, subjectSide: false);
        if (mention is null)
        {
            return null;
        }
        var pattern = mention.Form == MentionForm.Pronoun ? QuotePattern.Pronoun : QuotePattern.QuoteVerbSpeaker;
        return new Attribution(mention, pattern, end, sentenceEnd);
    }

    // English inversion-free order: "…," Mr Peston said / he said / the prime minister told BBC One's ….
    private static Attribution? SubjectThenVerb(string text, List<Token> words, int sentenceEnd)
    {
        for (var v = 1; v < words.Count && v <= 7; v++)
        {
            var gap = text.AsSpan(words[v - 1].End, words[v].Start - words[v - 1].End);
            if (gap.IndexOfAny(".;:!?") >= 0 || ContainsMark(gap))
            {
                return null;
            }
            if (!(L.PostposedCues.Contains(words[v].Text) || L.SpeechVerbs.Contains(words[v].Text)) || !char.IsLower(words[v].Text[0]))
            {
                continue;
            }
            var mention = MentionParser.Parse(text, words[0].Start, words[v - 1].End, subjectSide: true);
            if (mention is null || mention.Form == MentionForm.Group || !(words[0].IsCapitalised || mention.Form != MentionForm.Name))
            {
                return null;
            }
            var pattern = mention.Form == MentionForm.Pronoun ? QuotePattern.Pronoun : QuotePattern.QuoteVerbSpeaker;
            return new Attribution(mention, pattern, words[v].Start, sentenceEnd);
        }
        return null;
    }

    /// <summary>Slot C, right before the opening mark: <c>X mengatakan: “…”</c>, <c>Mr Peston told BBC News: "…"</c>,
    /// <c>Ivana Delevska, pendiri Spear Invest, mengatakan, "…"</c>. Up to six words may sit between verb and mark.</summary>
    public static Attribution? Preposed(string text, int sentenceStart, int open)
    {
        var end = open;
        while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end <= sentenceStart || text[end - 1] is not (':' or ','))
        {
            return null;
        }
        var words = TextScan.Words(text, sentenceStart, end);
        for (var v = words.Count - 1; v >= 1 && words.Count - 1 - v <= 6; v--)
        {
            if (!L.SpeechVerbs.Contains(words[v].Text) || !char.IsLower(words[v].Text[0]))
            {
                continue;
            }
            var subjectStart = ClauseStart(words, v, conjunctions: false);
            if (IsAccording(words, 0, out var skip) && skip < v)
            {
                // "According to Mr Peston the prime minister said: …": the source is the subject after the according-phrase.
                var source = NameRunEnd(words, skip);
                subjectStart = source + 1 < v ? words[source + 1].Start : words[skip].Start;
            }
            var mention = MentionParser.Parse(text, subjectStart, words[v - 1].End, subjectSide: true);
            return mention is null ? null : new Attribution(mention, PatternOf(mention, QuotePattern.SpeakerVerbQuote), sentenceStart, open);
        }
        if (words.Count > 1 && IsAccording(words, 0, out var s2) && s2 < words.Count)
        {
            // "Menurut Kepala BMKG Dwikorita, “…”": an according-phrase right before the quote.
            var according = MentionParser.Parse(text, words[s2].Start, end, subjectSide: false);
            return according is null || according.Form == MentionForm.Group ? null : new Attribution(according, QuotePattern.According, sentenceStart, open);
        }
        return null;
    }

    private static int NameRunEnd(List<Token> words, int from)
    {
        var e = from;
        while (e + 1 < words.Count && (words[e + 1].IsCapitalised || L.Honorifics.Contains(words[e].Text)) && e - from < 4)
        {
            e++;
        }
        return e;
    }

    /// <summary>Step 4: a fragment inside reported speech, governed by the sentence's cue verb:
    /// <c>Kim menyebut perjanjian itu sebagai “…”</c>, <c>yang digambarkan Kim sebagai “…”</c>, <c>menurut Kim … “…”</c>.</summary>
    public static Attribution? Governing(string text, int sentenceStart, int open)
    {
        var words = TextScan.Words(text, sentenceStart, open);
        var clitic = words.FindLastIndex(w => L.CliticCues.Contains(w.Text));
        if (clitic >= 0)
        {
            // "… lebih erat, katanya, seraya memuji perjanjian tersebut sebagai “…”"
            return new Attribution(new Mention(words[clitic].ToString(), null, null, EntityKind.Person, MentionForm.Pronoun), QuotePattern.Embedded, words[clitic].End, open);
        }
        for (var v = words.Count - 1; v >= 0; v--)
        {
            var w = words[v].Text;
            if (IsAccording(words, v, out var skip))
            {
                var m = NameAfter(text, words, v + skip);
                if (m is not null)
                {
                    return new Attribution(m, QuotePattern.According, words[v].Start, open);
                }
            }
            if (!(L.SpeechVerbs.Contains(w) || L.FramingVerbs.Contains(w)) || !char.IsLower(w[0]))
            {
                continue;
            }
            if (w.StartsWith("di", StringComparison.Ordinal) && L.IndonesianFramingVerbs.Contains(w))
            {
                var skipBy = v + 1 < words.Count && words[v + 1].Text is "oleh" ? 2 : 1;
                var agent = NameAfter(text, words, v + skipBy);
                if (agent is not null)
                {
                    return new Attribution(agent, QuotePattern.Embedded, words[v].Start, open);
                }
                continue;
            }
            if (v == 0)
            {
                continue;
            }
            var subjectStart = ClauseStart(words, v, conjunctions: true);
            if (subjectStart >= words[v].Start)
            {
                continue; // "… dan menuduh …": the subject is the earlier verb's
            }
            var mention = MentionParser.Parse(text, subjectStart, words[v - 1].End, subjectSide: true);
            if (mention is not null && mention.Form != MentionForm.Group)
            {
                return new Attribution(mention, QuotePattern.Embedded, words[v].Start, open);
            }
        }
        return null;
    }

    /// <summary>A cue later in the same sentence, after a comma: <c>… “…” dalam hal ini, kata Town.</c></summary>
    public static Attribution? LaterInSentence(string text, int from, int paragraphEnd)
    {
        var sentenceEnd = TextScan.SentenceEnd(text, from, paragraphEnd);
        for (var c = text.IndexOf(',', from, sentenceEnd - from); c >= 0 && c < sentenceEnd; c = text.IndexOf(',', c + 1, sentenceEnd - c - 1))
        {
            if (ContainsMark(text.AsSpan(from, c - from)))
            {
                return null;
            }
            // The sentence end found from the comma is the same: no boundary lies between.
            var found = PostposedIn(text, c + 1, sentenceEnd);
            if (found is not null && found.Mention.Form != MentionForm.Group)
            {
                return found;
            }
            if (c + 1 >= sentenceEnd)
            {
                break;
            }
        }
        return null;
    }

    private static bool IsAccording(List<Token> words, int v, out int skip)
    {
        skip = 1;
        if (words[v].Text.Equals("menurut", StringComparison.OrdinalIgnoreCase))
        {
            return v + 1 >= words.Count || !words[v + 1].Text.Equals("laporan", StringComparison.OrdinalIgnoreCase);
        }
        skip = 2;
        return words[v].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && v + 1 < words.Count && words[v + 1].Text is "to";
    }

    // The capitalised run right after a word: "digambarkan oleh Kim sebagai" → Kim; "menurut Mr Peston" → Mr Peston.
    private static Mention? NameAfter(string text, List<Token> words, int i)
    {
        if (i >= words.Count || !words[i].IsCapitalised)
        {
            return null;
        }
        var e = i;
        while (e + 1 < words.Count && words[e + 1].IsCapitalised && words[e + 1].Start - words[e].End == 1 && e - i < 4)
        {
            e++;
        }
        return MentionParser.Parse(text, words[i].Start, words[e].End, subjectSide: false);
    }

    // The subject starts after the last "bahwa"/"that"/"yang" before the verb, or at the sentence start.
    // With conjunctions (fragments): "… dan menuduh …" starts a clause of its own, so its subject is empty.
    private static int ClauseStart(List<Token> words, int v, bool conjunctions)
    {
        for (var i = v - 1; i >= 0; i--)
        {
            var w = words[i].Text;
            if (w is "bahwa" or "that" || (conjunctions && w is "yang" or "who" or "which" or "dan" or "and" or "serta" or "namun" or "but" or "seraya"))
            {
                return i + 1 < v ? words[i + 1].Start : words[v].Start;
            }
        }
        return words[0].Start;
    }

    private static QuotePattern PatternOf(Mention mention, QuotePattern named) =>
        mention.Form == MentionForm.Pronoun ? QuotePattern.Pronoun : named;

    private static bool ContainsMark(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (TextScan.IsDoubleMark(c))
            {
                return true;
            }
        }
        return false;
    }
}
