using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// What every generator reads: the findings, the bank's language and its texts, and lookups built once
/// (articles by id, speakers with their class). Immutable after construction, but for the normalised article
/// texts, made on first use (<see cref="ArticleTexts"/>).
/// </summary>
internal sealed class GenerationContext
{
    /// <summary>The run of words in a row that shows a passage is carried by an article.</summary>
    public const int RunWords = 6;

    private readonly Dictionary<ArticleId, Article> _articles;
    private readonly Dictionary<EntityId, SpeakerInfo> _speakers;
    private readonly Dictionary<ArticleId, ArticleTexts> _texts;

    /// <summary>The speakers (quoted), then the quiet entities, each with what <see cref="SpeakerDistractors"/> compares.</summary>
    private readonly ImmutableArray<(SpeakerInfo Speaker, bool Quoted, NameProfile Name)> _rivals;

    /// <summary>The first of <see cref="_rivals"/> with each id.</summary>
    private readonly Dictionary<EntityId, (SpeakerInfo Speaker, bool Quoted, NameProfile Name)> _rivalsById;

    /// <summary>Each entity by its name and by each alias, normalised; the first entity in findings order wins.</summary>
    private readonly Dictionary<string, EntityProfile> _entitiesByForm;

    /// <summary>Well-known agencies, credited wires, outlets and "via" sources, normalised.</summary>
    private readonly HashSet<string> _sources;

    public GenerationContext(Findings findings, ArticleLanguage language)
    {
        Findings = findings;
        Language = language;
        Texts = ItemTexts.For(language);
        _articles = findings.Corpus.Articles.ToDictionary(a => a.Id);
        _texts = findings.Corpus.Articles.ToDictionary(a => a.Id, a => new ArticleTexts(a));
        _speakers = BuildSpeakers(findings);
        Speakers = [.. _speakers.Values.OrderBy(s => s.Id.Value, StringComparer.Ordinal)];
        // A person the corpus names but never quotes counts only with a role: a roleless "person" is often a
        // misread phrase ("Simon Out" from a chant), no fair distractor.
        ImmutableArray<SpeakerInfo> quiet = [.. findings.Entities.Where(e => !_speakers.ContainsKey(e.Id)
                && (e.Kind == EntityKind.Organisation || (e.Kind == EntityKind.Person && !e.Roles.IsEmpty)))
            .Select(e => new SpeakerInfo(e.Id, e.Name, e.Kind, SpeakerRoles.Classify(e.Kind, e.Roles),
                [.. new[] { e.Name }.Concat(e.Aliases).Where(f => f.Length > 1).Distinct(StringComparer.Ordinal)], e.Roles))];
        _rivals = [.. Speakers.Select(s => (s, true, NameProfile.Of(s))), .. quiet.Select(s => (s, false, NameProfile.Of(s)))];
        _rivalsById = _rivals.GroupBy(r => r.Speaker.Id).ToDictionary(g => g.Key, g => g.First());
        Entities = [.. findings.Entities.Select(EntityProfile.Of)];
        _entitiesByForm = new Dictionary<string, EntityProfile>(StringComparer.Ordinal);
        foreach (var entity in Entities)
        {
            foreach (var form in entity.Entity.Aliases.Prepend(entity.Entity.Name))
            {
                _entitiesByForm.TryAdd(TextNormal.Normalize(form), entity);
            }
        }
        Wires = [.. Articles.SelectMany(a => a.Wire)];
        Vias = [.. findings.Quotes.Select(q => q.Via).Concat(findings.Claims.Select(c => c.Via)).OfType<string>()];
        Outlets = [.. Articles.Select(a => a.Outlet).OfType<string>()];
        _sources = SourceNames.KnownAgencies.Concat(Wires).Concat(Outlets).Concat(Vias)
            .Select(TextNormal.Normalize).ToHashSet(StringComparer.Ordinal);
    }

    public Findings Findings { get; }

    public ArticleLanguage Language { get; }

    public ItemTexts Texts { get; }

    public ImmutableArray<Article> Articles => Findings.Corpus.Articles;

    /// <summary>Every speaker of a quote or claim, sorted by id.</summary>
    public ImmutableArray<SpeakerInfo> Speakers { get; }

    /// <summary>Every entity of the findings, in their order, with what comparing entities needs.</summary>
    public ImmutableArray<EntityProfile> Entities { get; }

    /// <summary>The agencies each article credits, as written, in article order.</summary>
    public ImmutableArray<string> Wires { get; }

    /// <summary>The "via" source of each quote, then of each claim, that names one, as written.</summary>
    public ImmutableArray<string> Vias { get; }

    /// <summary>The outlet of each article that names one, as written, in article order.</summary>
    public ImmutableArray<string> Outlets { get; }

    public Article Article(ArticleId id) => _articles[id];

    /// <summary>True when <paramref name="id"/> speaks a quote or claim.</summary>
    public bool IsSpeaker(EntityId id) => _speakers.ContainsKey(id);

    /// <summary>The first entity (in findings order) whose name or an alias normalises to <paramref name="normalName"/>, or null.</summary>
    public EntityProfile? EntityNamed(string normalName) => _entitiesByForm.GetValueOrDefault(normalName);

    /// <summary>True when <paramref name="normalName"/> (normalised) is a news agency or outlet: well known, credited or named as a "via".</summary>
    public bool IsSource(string normalName) => _sources.Contains(normalName);

    /// <summary>
    /// True when <paramref name="article"/> holds <paramref name="passage"/> or a run of
    /// <paramref name="window"/> of its words in a row (<see cref="TextNormal.WordRuns"/>); the article's
    /// normalised text and the hashes of its runs of each size are computed once, when first asked for.
    /// </summary>
    public bool Carries(Article article, string passage, int window = RunWords) =>
        Carries(article, TextNormal.WordRuns.Of(passage, window));

    /// <summary><see cref="Carries(Article, string, int)"/> with the passage's runs prepared once for many articles.</summary>
    public bool Carries(Article article, TextNormal.WordRuns runs)
    {
        var texts = _texts[article.Id];
        var text = texts.Text.Padded.AsSpan();
        var known = texts.RunHashes(runs.Size);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs.Run(i);
            if ((known is null || known.Contains(TextNormal.WordRuns.Hash(run))) && text.Contains(run, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What the article says, with its title and credit lines (<see cref="SourceNames.ArticleText"/>), prepared once.</summary>
    public TextNormal.PhraseText SourceText(Article article) => _texts[article.Id].SourceText;

    /// <summary>True when <paramref name="article"/>'s text holds <paramref name="phrase"/> (<see cref="TextNormal.ContainsPhrase"/>).</summary>
    public bool Mentions(Article article, TextNormal.Phrase phrase) => _texts[article.Id].Text.Contains(phrase);

    public SpeakerInfo Speaker(Speaker speaker) => _speakers[speaker.Entity];

    /// <summary>"Artikel C, paragraf 5".</summary>
    public string Ref(Evidence evidence) =>
        ItemTexts.Format(Texts.ParagraphRef, evidence.Label.Value, evidence.Paragraph.Value);

    /// <summary>"Artikel C (Kontan)"; with no outlet, the start of the title; with neither, "Artikel C".</summary>
    public string ArticleChoice(Article article)
    {
        if (article.Outlet is { Length: > 0 } outlet)
        {
            return ItemTexts.Format(Texts.ArticleWithSource, article.Label.Value, outlet);
        }
        return article.Title is { Length: > 0 } title
            ? ItemTexts.Format(Texts.ArticleWithSource, article.Label.Value, "“" + TextNormal.Shorten(title, 6) + "”")
            : ItemTexts.Format(Texts.ArticleLabel, article.Label.Value);
    }

    /// <summary>What the reading stage states about an article: label, outlet, title, credited agencies.</summary>
    public string Metadata(Article article) => string.Join(
        "\n",
        new[] { ArticleChoice(article), article.Outlet, article.Title, string.Join(", ", article.Wire) }
            .Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The sentence(s) around <paramref name="evidence"/>, within its paragraph: what a key should show.</summary>
    public Evidence Around(Evidence evidence)
    {
        var article = Article(evidence.Article);
        // The first and the last sentence the evidence overlaps.
        Sentence? first = null;
        Sentence? last = null;
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Span.Overlaps(evidence.Span))
            {
                first ??= sentence;
                last = sentence;
            }
        }
        TextSpan span;
        if (first is not null && last is not null)
        {
            span = new TextSpan(Math.Min(first.Span.Start, evidence.Span.Start), Math.Max(last.Span.End, evidence.Span.End));
        }
        else if (article.ParagraphAt(evidence.Span.Start) is { } paragraph)
        {
            span = new TextSpan(paragraph.Span.Start, Math.Max(paragraph.Span.End, evidence.Span.End));
        }
        else
        {
            return evidence;
        }
        return Extraction.Evidence.Of(article, span);
    }

    /// <summary>
    /// Up to <paramref name="count"/> other speakers who could fairly have said it: the same class first
    /// (officials with officials, analysts with analysts), then the same broad kind (people with people,
    /// organisations with organisations), then entities of the same kind that the corpus names but does
    /// not quote (a ministry of another state). None may be named in <paramref name="evidenceText"/>, and
    /// none may speak for the same state as the answer (<see cref="Polities"/>). The order
    /// is stable and varies per item through <paramref name="salt"/>.
    /// </summary>
    public IReadOnlyList<SpeakerInfo> SpeakerDistractors(SpeakerInfo answer, string evidenceText, string salt, int count = 3)
    {
        var target = _rivalsById.TryGetValue(answer.Id, out var known) && ReferenceEquals(known.Speaker, answer)
            ? known.Name
            : NameProfile.Of(answer);
        var evidence = new TextNormal.PhraseText(evidenceText);
        var pool = _rivals.Where(s => s.Speaker.Id != answer.Id && (s.Quoted || s.Speaker.Kind == answer.Kind)
                && s.Speaker.SameBroadKind(answer) && s.Name.Plausible)
            .Where(s => !Overlapping(s.Name.NormalName, target.NormalName) && !NameShape.PartOfRole(s.Name.NameLessRole, target.Roles))
            // "Washington" beside "Departemen Luar Negeri AS": both speak for one state, so both could be right.
            .Where(s => (s.Name.Sides & target.Sides) == 0)
            .Where(s => !evidence.ContainsAny(s.Name.Forms))
            .ToList();
        var chosen = new List<SpeakerInfo>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        // The same class first, then other quoted speakers, then quiet entities, each rank in shuffled order:
        // a rank is shuffled (a hash per rival) only when the ranks before it gave too few.
        for (var rank = 0; rank < 3 && chosen.Count < count; rank++)
        {
            var ranked = pool.Where(s => (s.Speaker.Class == answer.Class ? 0 : s.Quoted ? 1 : 2) == rank)
                .OrderBy(s => Shuffle(salt, s.Speaker.Id.Value), StringComparer.Ordinal);
            foreach (var rival in ranked)
            {
                if (chosen.Count == count)
                {
                    break;
                }
                // Two distractors must not be the same after normalisation ("Kim" and "kim").
                if (names.Add(rival.Name.NormalName))
                {
                    chosen.Add(rival.Speaker);
                }
            }
        }
        return chosen;
    }

    /// <summary>
    /// True when one name holds the other ("Pasal 4 dari perjanjian tersebut" and "Perjanjian tersebut",
    /// "Kim" and "Kim Jong Un"): the part may fairly be read as the whole, so it is no distractor.
    /// </summary>
    public static bool Overlapping(string a, string b) => HoldsWords(a, b) || HoldsWords(b, a);

    /// <summary>
    /// A stable, item-specific sort key: varies the distractors between items without randomness.
    /// <see cref="StableHash.Hex(ReadOnlySpan{char}, int)"/> of salt, a line break and value, put together on
    /// the stack: the key is worked out for every member of a pool, for every item.
    /// </summary>
    public static string Shuffle(string salt, string value)
    {
        var length = salt.Length + 1 + value.Length;
        char[]? rented = null;
        var text = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        salt.CopyTo(text);
        text[salt.Length] = '\n';
        value.CopyTo(text[(salt.Length + 1)..]);
        var key = StableHash.Hex(text[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return key;
    }

    /// <summary>The display name with the role as written: "Jens Stoltenberg (Sekretaris Jenderal NATO)".</summary>
    public static string NameWithRole(string name, string? role) =>
        string.IsNullOrWhiteSpace(role) ? name : name + " (" + role + ")";

    /// <summary>True when <paramref name="whole"/> padded with spaces holds <paramref name="part"/> padded with spaces: as whole words.</summary>
    private static bool HoldsWords(string whole, string part)
    {
        for (var at = whole.IndexOf(part, StringComparison.Ordinal); at >= 0; at = whole.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || whole[at - 1] == ' ') && (end == whole.Length || whole[end] == ' '))
            {
                return true;
            }
            if (at == whole.Length)
            {
                break;
            }
        }
        return false;
    }

    private static Dictionary<EntityId, SpeakerInfo> BuildSpeakers(Findings findings)
    {
        var entities = findings.Entities.ToDictionary(e => e.Id);
        var speakers = findings.Quotes.Select(q => q.Speaker).Concat(findings.Claims.Select(c => c.Speaker))
            .OfType<Speaker>()
            .GroupBy(s => s.Entity)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal);
        var result = new Dictionary<EntityId, SpeakerInfo>();
        foreach (var group in speakers)
        {
            var first = group.First();
            entities.TryGetValue(group.Key, out var entity);
            var roles = group.Select(s => s.Role).OfType<string>().Concat(entity?.Roles ?? [])
                .Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var kind = entity?.Kind ?? EntityKind.Person;
            var name = entity?.Name ?? first.Name;
            var forms = new[] { name, first.Name }.Concat(entity?.Aliases ?? [])
                .Where(f => f.Length > 1).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result[group.Key] = new SpeakerInfo(group.Key, name, kind, SpeakerRoles.Classify(kind, roles), forms, roles);
        }
        return result;
    }

    /// <summary>
    /// One article's text prepared for looking up passages and names, each part made when first asked for: a
    /// bank whose generators never ask about an article does not normalise it. Nothing in a bank build reads
    /// a context from two threads; should anything, a race only makes the same value twice, and each value is
    /// whole before it is stored (a reference store publishes the object in .NET), so it stays safe.
    /// </summary>
    private sealed class ArticleTexts(Article article)
    {
        private readonly HashSet<ulong>?[] _runs = new HashSet<ulong>?[RunWords + 1];
        private TextNormal.PhraseText? _text;
        private TextNormal.PhraseText? _sourceText;

        /// <summary>The article's text, normalised.</summary>
        public TextNormal.PhraseText Text => _text ??= new TextNormal.PhraseText(article.Text);

        /// <summary>
        /// The hashes of its runs of <paramref name="size"/> normalised words (up to <see cref="RunWords"/>, else
        /// null): a run whose hash is missing is certainly not there; one whose hash is present is confirmed in the text.
        /// </summary>
        public HashSet<ulong>? RunHashes(int size) =>
            size is > 0 and <= RunWords ? _runs[size] ??= Hashes(TextNormal.WordRuns.OfPadded(Text.Padded, size)) : null;

        /// <summary>What the article says, with its title and credit lines (<see cref="SourceNames.ArticleText"/>), normalised.</summary>
        public TextNormal.PhraseText SourceText => _sourceText ??= new TextNormal.PhraseText(SourceNames.ArticleText(article));

        private static HashSet<ulong> Hashes(TextNormal.WordRuns runs)
        {
            var hashes = new HashSet<ulong>(runs.Count);
            for (var i = 0; i < runs.Count; i++)
            {
                hashes.Add(TextNormal.WordRuns.Hash(runs.Run(i)));
            }
            return hashes;
        }
    }
}
