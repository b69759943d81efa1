using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Quotes and claims of one article, read in text order so pronouns, descriptions and continuations resolve
/// against what was said before. The sieve per quote, by precision: postposed cue, preposed cue, continuation,
/// the governing cue verb of a fragment, a cue later in the sentence, else no speaker (never guessed).
/// </summary>
internal sealed class ArticleSpeech(Article article, EntityResolver resolver)
{
    private const int MinSpeechWords = 4;
    private const int MaxTitleWords = 6;
    private const int MaxAttributionWords = 8;

    // Words that make a title another office: "Deputy Prime Minister" is not "the prime minister".
    private static readonly string[] Qualifiers = ["deputy", "vice", "former", "acting", "shadow", "wakil", "mantan", "plt", "pelaksana tugas"];

    private readonly List<(int Paragraph, Speaker Speaker)> _said = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<Claim> _claims = [];
    private (QuoteSpan Span, Speaker? Speaker)? _previous;

    private readonly ArticleWords _words = resolver.WordsOf(article);

    private string Text => article.Text;

    public (List<Quote> Quotes, List<Claim> Claims) Run()
    {
        var spans = QuoteSpanFinder.Find(article);
        var cues = NarrativeCues.Find(article, spans, _words);
        // Quotes and cues in text order; where both start at one place the cue goes first, and ties keep the order found.
        var events = new List<(int At, int Kind, int Found, QuoteSpan? Span, NarrativeCue? Cue)>(spans.Count + cues.Count);
        foreach (var s in spans)
        {
            events.Add((s.Open >= 0 ? s.Open : s.Start, 1, events.Count, s, null));
        }
        foreach (var c in cues)
        {
            events.Add((c.At, 0, events.Count, null, c));
        }
        events.Sort((a, b) => (a.At, a.Kind, a.Found).CompareTo((b.At, b.Kind, b.Found)));
        foreach (var (_, _, _, span, cue) in events)
        {
            if (cue is not null)
            {
                OnCue(cue, spans);
            }
            else
            {
                OnQuote(span!.Value);
            }
        }
        return (_quotes, _claims);
    }

    private void OnCue(NarrativeCue cue, List<QuoteSpan> spans)
    {
        var speaker = Resolve(cue.Mention, cue.At, cue.Paragraph);
        if (speaker is not null)
        {
            _said.Add((cue.Paragraph, speaker));
        }
        var holdsQuote = spans.Any(s => s.Start >= cue.Sentence.Start && s.Start < cue.Sentence.End);
        if (cue.Content is not { } content || holdsQuote || _words.Count(content.Start, content.End) < 3)
        {
            return;
        }
        _claims.Add(new Claim
        {
            Evidence = Evidence.Of(article, cue.Sentence),
            Content = Text[content.Start..content.End],
            Speaker = speaker,
            SpeakerAsWritten = cue.Mention.AsWritten,
            Via = ViaFinder.Find(Text, cue.Sentence.Start, cue.Sentence.End),
        });
    }

    private void OnQuote(QuoteSpan q)
    {
        var paragraph = article.Paragraphs[q.Paragraph].Span;
        var openAt = q.Open >= 0 ? q.Open : q.Start;
        var sentenceStart = TextScan.SentenceStart(Text, paragraph.Start, openAt);
        var prefixStart = _previous is { } p && p.Span.Paragraph == q.Paragraph && p.Span.Close >= sentenceStart
            ? Math.Max(sentenceStart, p.Span.Close + 1)
            : sentenceStart;
        var hasPrefix = _words.Count(prefixStart, openAt) > 0;
        var tokens = _words.Within(q.Start, q.End);
        var words = tokens.Length;
        var afterFrom = q.Close >= 0 ? q.Close + 1 : q.End;

        var attribution = q.Close >= 0 ? AttributionSieve.Postposed(Text, afterFrom, paragraph.End) : null;
        attribution ??= q.Open >= 0 ? AttributionSieve.Preposed(Text, sentenceStart, q.Open) : null;
        Speaker? speaker;
        QuotePattern pattern;
        if (attribution is null && !hasPrefix && Continues(q))
        {
            speaker = LastSpeaker(q.Paragraph, 1);
            pattern = QuotePattern.Continuation;
        }
        else
        {
            attribution ??= hasPrefix ? AttributionSieve.Governing(Text, sentenceStart, openAt) : null;
            attribution ??= words >= MinSpeechWords && q.Close >= 0 ? AttributionSieve.LaterInSentence(Text, afterFrom, paragraph.End) : null;
            speaker = attribution is null ? null : Resolve(attribution.Mention, q.Start, q.Paragraph);
            pattern = attribution?.Pattern ?? QuotePattern.Unattributed;
        }
        if (!IsSpeech(tokens, attribution, pattern))
        {
            return;
        }
        var via = attribution is not null && pattern is not (QuotePattern.Embedded or QuotePattern.According)
            ? ViaFinder.Find(Text, attribution.ClauseStart, attribution.ClauseEnd)
            : null;
        via ??= ContinuedVia(attribution, speaker);
        _quotes.Add(new Quote
        {
            Id = new QuoteId($"{article.Id.Value}#q{_quotes.Count + 1}"),
            Evidence = Evidence.Of(article, new TextSpan(q.Start, q.End)),
            Speaker = speaker,
            SpeakerAsWritten = attribution?.Mention.AsWritten,
            Via = via,
            Pattern = pattern,
            Partial = hasPrefix && pattern is not (QuotePattern.SpeakerVerbQuote or QuotePattern.Continuation),
        });
        if (speaker is not null)
        {
            _said.Add((q.Paragraph, speaker));
        }
        _previous = (q, speaker);
    }

    // "“…,” lanjutnya": the speaker goes on to the same outlet, so the previous quote's via still holds.
    private string? ContinuedVia(Attribution? attribution, Speaker? speaker)
    {
        if (attribution?.Mention.Form != MentionForm.Pronoun || _quotes.Count == 0 || speaker is null)
        {
            return null;
        }
        var cue = TextScan.Words(attribution.Mention.AsWritten, 0, attribution.Mention.AsWritten.Length);
        var previous = _quotes[^1];
        return cue.Any(w => SpeechLexicon.Both.ContinuingCues.Contains(w.Text)) && previous.Speaker?.Entity == speaker.Entity ? previous.Via : null;
    }

    // A paragraph-opening quote with no cue, or a segment right after the previous quote (merged paragraphs).
    private bool Continues(QuoteSpan q)
    {
        if (_previous is not { } p)
        {
            return false;
        }
        if (p.Span.Paragraph == q.Paragraph)
        {
            var gapFrom = p.Span.Close >= 0 ? p.Span.Close + 1 : p.Span.End;
            var gapTo = q.Open >= 0 ? q.Open : q.Start;
            // "…," he said. "Only the fullest …": only the previous quote's own short attribution lies between;
            // or narrative whose last cue was the same speaker's ("He said the answer … Lairg. "No other …").
            return (gapTo >= gapFrom && _words.Count(gapFrom, gapTo) <= MaxAttributionWords)
                || (_said.Count > 0 && _said[^1].Paragraph == q.Paragraph && _said[^1].Speaker.Entity == p.Speaker?.Entity);
        }
        return q.Paragraph - p.Span.Paragraph <= 2;
    }

    // Titles, names and terms in marks are not speech: "One Piece", "Marshall Plan"; nor short fragments no cue governs.
    private static bool IsSpeech(ReadOnlySpan<Token> tokens, Attribution? attribution, QuotePattern pattern)
    {
        var words = tokens.Length;
        var titleLike = words <= MaxTitleWords;
        foreach (var t in tokens)
        {
            titleLike &= t.Text.Length <= 2 || char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]);
        }
        var attributedDirectly = pattern is QuotePattern.QuoteVerbSpeaker or QuotePattern.SpeakerVerbQuote or QuotePattern.Pronoun;
        if (titleLike && !attributedDirectly)
        {
            return false;
        }
        return words >= MinSpeechWords || (attribution is not null && pattern != QuotePattern.Continuation);
    }

    private Speaker? Resolve(Mention mention, int at, int paragraph) => mention.Form switch
    {
        MentionForm.Name => resolver.Resolve(article, mention, at),
        MentionForm.Pronoun => LastSpeaker(paragraph, 2) ?? PersonBefore(at, paragraph, string.Empty),
        MentionForm.Description => Described(mention, at, paragraph),
        _ => null,
    };

    private Speaker? Described(Mention mention, int at, int paragraph)
    {
        if (mention.Head is { } head && SpeechLexicon.Both.OrganisationHeads.Contains(head))
        {
            return resolver.OrganisationBefore(article, head, at);
        }
        if (mention.Head is { } document && SpeechLexicon.Both.DocumentHeads.Contains(document))
        {
            return DescribedDocument(mention, at);
        }
        var last = LastSpeaker(paragraph, 2);
        return last is not null && !QualifiedTitle(last.Role ?? string.Empty, mention.AsWritten)
            ? last
            : PersonBefore(at, paragraph, mention.AsWritten);
    }

    // "Pasal 4 dari perjanjian tersebut" → "Pasal 4" + the treaty named before ("Perjanjian Kemitraan …");
    // "Perjanjian tersebut" → that treaty. Without an antecedent the phrase itself names the document.
    private Speaker? DescribedDocument(Mention mention, int at)
    {
        var words = TextScan.Words(mention.AsWritten, 0, mention.AsWritten.Length);
        var head = words.FindLastIndex(w => SpeechLexicon.Both.DocumentHeads.Contains(w.Text));
        var anaphor = head < 0 ? null : words[head].ToString();
        var antecedent = anaphor is null ? null : resolver.OrganisationBefore(article, anaphor, at, EntityKind.Document);
        var link = words.FindIndex(w => SpeechLexicon.Both.Prepositions.Contains(w.Text));
        var part = link > 0 && words[0].IsCapitalised ? mention.AsWritten[..words[link - 1].End] : null;
        var name = antecedent is null ? (char.IsUpper(mention.AsWritten[0]) ? mention.AsWritten : null)
            : part is null ? antecedent.Name : $"{part} {antecedent.Name}";
        return name is null ? null
            : resolver.Resolve(article, mention with { Name = name, Kind = EntityKind.Document, Form = MentionForm.Name }, at);
    }

    // No one has spoken yet: the nearest full person name before, in this or the previous paragraph. A person
    // whose title qualifies the description is someone else: "the prime minister said" is not "Deputy Prime
    // Minister John Prescott" (en_08), so the search goes on to the name before him.
    private Speaker? PersonBefore(int at, int paragraph, string description)
    {
        var floor = article.Paragraphs[Math.Max(0, paragraph - 1)].Span.Start;
        var names = resolver.NamesOf(article);
        var person = names.People.LastOrDefault(p => p.At < at && p.At >= floor && names.IsSure(p.Name) && names.IsSubjectAt(p.At)
            && !QualifiedTitle(p.Role ?? string.Empty, description) && !QualifiedTitle(article.Text[Math.Max(floor, p.At - 40)..p.At], description));
        return person.Name is null ? null
            : resolver.Resolve(article, new Mention(person.Name, person.Name, person.Role, EntityKind.Person, MentionForm.Name), person.At);
    }

    /// <summary>True when <paramref name="before"/> (the words just before a name) ends with the description's
    /// title under a qualifier: "… Deputy Prime Minister " for "the prime minister", "Wakil Presiden " for "sang presiden".</summary>
    private static bool QualifiedTitle(string before, string description)
    {
        var title = string.Join(' ', TextScan.Words(description, 0, description.Length).Select(w => w.ToString().ToLowerInvariant())
            .SkipWhile(w => w is "the" or "sang" or "a" or "an"));
        var words = TextScan.Words(before, 0, before.Length).Select(w => w.ToString().ToLowerInvariant()).ToList();
        var joined = " " + string.Join(' ', words) + " ";
        return title.Length > 0 && Qualifiers.Any(q => joined.EndsWith(" " + q + " " + title + " ", StringComparison.Ordinal));
    }

    private Speaker? LastSpeaker(int paragraph, int maxDistance)
    {
        if (_said.Count == 0)
        {
            return null;
        }
        var (said, speaker) = _said[^1];
        return paragraph - said <= maxDistance ? speaker : null;
    }
}
