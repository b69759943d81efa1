using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>Reported speech in narrative: who (the mention), where the cue is, the sentence and what is claimed.</summary>
internal sealed record NarrativeCue(Mention Mention, int At, int Paragraph, TextSpan Sentence, TextSpan? Content);

/// <summary>
/// Finds cue verbs in narrative sentences: <c>X mengatakan (bahwa) …</c>, <c>menurut X, …</c>, <c>X said (that) …</c>,
/// <c>according to X, …</c>. They feed claims and the last-speaker memory that pronouns resolve against.
/// </summary>
internal static class NarrativeCues
{
    private const int MaxSubjectWords = 22;


    private static SpeechLexicon.Merged L => SpeechLexicon.Both;

    /// <summary>The cues of <paramref name="article"/>; <paramref name="words"/> are its words, sliced per sentence instead of re-scanned.</summary>
    public static List<NarrativeCue> Find(Article article, IReadOnlyList<QuoteSpan> quotes, ArticleWords words)
    {
        var cues = new List<NarrativeCue>();
        var text = article.Text;
        // Quote spans never cross a paragraph: each sentence checks only its own paragraph's quotes.
        var inParagraph = new List<QuoteSpan>();
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var span = article.Paragraphs[p].Span;
            inParagraph.Clear();
            for (var k = 0; k < quotes.Count; k++)
            {
                if (quotes[k].Paragraph == p)
                {
                    inParagraph.Add(quotes[k]);
                }
            }
            var start = span.Start;
            while (start < span.End)
            {
                var end = TextScan.SentenceEnd(text, start, span.End);
                if (end <= start)
                {
                    end = span.End;
                }
                var sentence = new TextSpan(start, end);
                var cue = InSentence(text, p, sentence, words.Within(sentence.Start, sentence.End), inParagraph);
                if (cue is not null)
                {
                    cues.Add(cue);
                }
                start = end + 1;
                while (start < span.End && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }
        }
        return cues;
    }

    private static NarrativeCue? InSentence(string text, int paragraph, TextSpan sentence, ReadOnlySpan<Token> words, List<QuoteSpan> quotes)
    {
        for (var v = 0; v < words.Length && v <= MaxSubjectWords; v++)
        {
            var w = words[v];
            if (InsideQuote(w.Start, quotes))
            {
                continue;
            }
            if (IsAccording(words, v, out var skip))
            {
                return According(text, paragraph, sentence, words, v, skip);
            }
            var kinds = L.CueKindsOf(w.Text);
            if (v > 0 && (kinds & CueKinds.Clitic) != 0)
            {
                // "Pakta tersebut akan mengarah pada …, katanya": reported speech of the last speaker.
                var pronoun = new Mention(w.ToString(), null, null, EntityKind.Person, MentionForm.Pronoun);
                var claimed = new TextSpan(words[0].Start, words[v - 1].End);
                return new NarrativeCue(pronoun, w.Start, paragraph, sentence, ContainsMark(text, claimed.Start, claimed.End) ? null : claimed);
            }
            if (v == 0 || !char.IsLower(w.Text[0]) || (kinds & (CueKinds.Speech | CueKinds.Framing)) == 0)
            {
                continue;
            }
            if (w.Text.StartsWith("di", StringComparison.Ordinal) && L.IndonesianFramingVerbs.Contains(w.Text))
            {
                continue; // passive "digambarkan Kim": the agent follows, handled with the fragment it governs
            }
            var subjectStart = words[0].Start;
            var mention = MentionParser.Parse(text, subjectStart, words[v - 1].End, subjectSide: true);
            if (mention is null || mention.Form == MentionForm.Group || ContainsMark(text, subjectStart, w.Start))
            {
                return null;
            }
            // A claim needs a content clause: "mengatakan (bahwa) …", "said (that) …"; "menyatakan kekhawatirannya" is none.
            var complement = v + 1 < words.Length && words[v + 1].Text is "bahwa" or "that";
            var contentStart = complement ? v + 2 : v + 1;
            TextSpan? content = contentStart < words.Length && (complement || L.SayingVerbs.Contains(w.Text))
                ? new TextSpan(words[contentStart].Start, ContentEnd(text, sentence))
                : null;
            return new NarrativeCue(mention, w.Start, paragraph, sentence, content);
        }
        return null;
    }

    private static NarrativeCue? According(string text, int paragraph, TextSpan sentence, ReadOnlySpan<Token> words, int v, int skip)
    {
        var from = v + skip;
        if (from >= words.Length)
        {
            return null;
        }
        var comma = text.IndexOf(',', words[from].Start, sentence.End - words[from].Start);
        var end = comma > 0 && comma - words[from].Start < 120 ? comma : -1;
        if (end < 0)
        {
            return null;
        }
        var mention = MentionParser.Parse(text, words[from].Start, end, subjectSide: false);
        if (mention is null || mention.Form == MentionForm.Group)
        {
            return null;
        }
        var contentStart = comma + 1;
        while (contentStart < sentence.End && char.IsWhiteSpace(text[contentStart]))
        {
            contentStart++;
        }
        var contentEnd = ContentEnd(text, sentence);
        TextSpan? content = contentEnd > contentStart ? new TextSpan(contentStart, contentEnd) : null;
        return new NarrativeCue(mention, words[v].Start, paragraph, sentence, content);
    }

    private static bool IsAccording(ReadOnlySpan<Token> words, int v, out int skip)
    {
        skip = 1;
        if (words[v].Text.Equals("menurut", StringComparison.OrdinalIgnoreCase))
        {
            return v + 1 < words.Length && !words[v + 1].Text.Equals("laporan", StringComparison.OrdinalIgnoreCase);
        }
        skip = 2;
        return words[v].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && v + 1 < words.Length && words[v + 1].Text is "to";
    }

    private static int ContentEnd(string text, TextSpan sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?'))
        {
            end--;
        }
        return end;
    }

    private static bool InsideQuote(int at, List<QuoteSpan> quotes)
    {
        foreach (var q in quotes)
        {
            if (at >= q.Start && at < q.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsMark(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (TextScan.IsDoubleMark(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
