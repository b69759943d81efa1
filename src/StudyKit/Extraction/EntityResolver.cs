using System.Collections.Immutable;
using System.Text;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Resolves written names to canonical entities and collects them across the corpus. A short name links to the
/// nearest full name before it in the same article that fits (family name first for Korean and Chinese names:
/// "Kim" → "Kim Jong Un", never "Jack Kim"), then to the most common fitting full name in the corpus. Articles
/// merge only on identical canonical names. One instance serves one extraction run.
/// </summary>
internal sealed class EntityResolver
{
    private readonly Dictionary<ArticleId, ArticleNames> _names = [];
    private readonly Dictionary<string, int> _corpusPeople = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byFirstOrLast = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _corpusAcronyms = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Builder> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
    private ArticleWords? _current;

    public EntityResolver(Corpus corpus)
    {
        foreach (var article in corpus.Articles)
        {
            // The words are scanned again when the article's speech is read: kept for every article, they
            // would hold a second copy of the corpus in memory. One buffer serves every article in turn.
            _current = new ArticleWords(article.Text, _current);
            var names = new ArticleNames(article, _current);
            _names[article.Id] = names;
            foreach (var name in names.People.Select(p => p.Name).Distinct(StringComparer.Ordinal))
            {
                _corpusPeople[name] = _corpusPeople.GetValueOrDefault(name) + 1;
            }
            foreach (var (acronym, longForm) in names.Acronyms)
            {
                _corpusAcronyms.TryAdd(acronym, longForm);
            }
        }
    }

    public ArticleNames NamesOf(Article article) => _names[article.Id];

    // Full names indexed by first and last word, so a short name looks up only its candidates (linear in the corpus).
    private List<string> CandidatesFor(string shortName)
    {
        if (_byFirstOrLast.Count == 0)
        {
            foreach (var name in _corpusPeople.Keys.Order(StringComparer.Ordinal))
            {
                var parts = name.Split(' ');
                foreach (var key in parts[0] == parts[^1] ? [parts[0]] : new[] { parts[0], parts[^1] })
                {
                    if (!_byFirstOrLast.TryGetValue(key, out var list))
                    {
                        _byFirstOrLast[key] = list = [];
                    }
                    list.Add(name);
                }
            }
        }
        return _byFirstOrLast.GetValueOrDefault(shortName) ?? [];
    }

    /// <summary>The speaker for a name mention at <paramref name="at"/>, registered as an entity.</summary>
    public Speaker Resolve(Article article, Mention mention, int at)
    {
        var name = mention.Name ?? mention.AsWritten;
        var canonical = mention.Kind == EntityKind.Person ? PersonName(article, name, at) : OrganisationName(article, name);
        var role = mention.Role ?? NamesOf(article).People.FirstOrDefault(p => p.Name == canonical && p.Role is not null).Role;
        Register(article, canonical, mention.Kind, role, [name]);
        return new Speaker(new EntityId(SlugOf(canonical)), canonical, role);
    }

    /// <summary>The nearest organisation before <paramref name="at"/> whose name holds <paramref name="head"/>
    /// ("kementerian tersebut" → "Kementerian Kebudayaan Prancis"), or null.</summary>
    public Speaker? OrganisationBefore(Article article, string head, int at, EntityKind kind = EntityKind.Organisation)
    {
        var articleWords = WordsOf(article);
        var words = articleWords.All;
        for (var i = articleWords.FirstEndingAfter(at) - 1; i >= 0; i--)
        {
            if (!words[i].IsCapitalised || !words[i].Text.Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var e = i;
            while (e + 1 < words.Count && words[e + 1].IsCapitalised && words[e + 1].Start - words[e].End == 1 && e - i < 5)
            {
                e++;
            }
            if (e > i)
            {
                var mention = new Mention(article.Text[words[i].Start..words[e].End], null, null, kind, MentionForm.Name);
                return Resolve(article, mention, at);
            }
        }
        return null;
    }

    /// <summary>The words of the article, scanned once and kept while its speech is read (articles are read one at a
    /// time: the words of the article read before are no longer valid, their buffer is reused).</summary>
    public ArticleWords WordsOf(Article article)
    {
        if (_current is null || !ReferenceEquals(_current.Text, article.Text))
        {
            _current = new ArticleWords(article.Text, _current);
        }
        return _current;
    }

    /// <summary>Registers the full people named with a role in each article, so entities cover more than speakers.</summary>
    public void RegisterNamedPeople(Article article)
    {
        foreach (var (_, name, role) in NamesOf(article).People)
        {
            if (role is not null)
            {
                Register(article, name, EntityKind.Person, role, []);
            }
        }
    }

    public ImmutableArray<Entity> Entities()
    {
        var byId = new SortedDictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var (name, b) in _entities)
        {
            var id = SlugOf(name);
            if (id.Length == 0 || byId.ContainsKey(id))
            {
                continue;
            }
            byId[id] = new Entity
            {
                Id = new EntityId(id),
                Name = name,
                Kind = b.Kind,
                Aliases = [.. b.Aliases.Where(a => a != name).Order(StringComparer.Ordinal)],
                Roles = [.. b.Roles.Order(StringComparer.Ordinal)],
                Articles = [.. b.Articles.OrderBy(a => a.Value, StringComparer.Ordinal)],
            };
        }
        return [.. byId.Values];
    }

    private string PersonName(Article article, string name, int at)
    {
        if (SpeechLexicon.Both.KnownAliases.TryGetValue(name, out var known))
        {
            return known;
        }
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }
        var familyFirst = SpeechLexicon.Both.FamilyFirstSurnames.Contains(name);
        // The first or (unless family-first) last space-separated part of the full name is the short name;
        // the short name holds no space, so a prefix or suffix ending at a space is that part.
        bool Fits(string full) =>
            full == name
            || (full.Length > name.Length && full.StartsWith(name, StringComparison.Ordinal) && full[name.Length] == ' ')
            || (!familyFirst && full.Length > name.Length && full.EndsWith(name, StringComparison.Ordinal) && full[^(name.Length + 1)] == ' ');
        var names = NamesOf(article);
        // Full names written mid-sentence are sure; the others count only when no sure name fits.
        var fitting = names.People.Where(p => Fits(p.Name)).ToList();
        var sure = fitting.Where(p => names.IsSure(p.Name)).ToList();
        var people = (sure.Count > 0 ? sure : fitting).OrderBy(p => p.At).ToList();
        var before = people.LastOrDefault(p => p.At < at && Fits(p.Name));
        if (before.Name is not null)
        {
            return before.Name;
        }
        var after = people.FirstOrDefault(p => p.At >= at && Fits(p.Name));
        if (after.Name is not null)
        {
            return after.Name;
        }
        var corpus = CandidatesFor(name).Where(Fits).OrderByDescending(n => _corpusPeople[n]).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
        return corpus ?? name;
    }

    private string OrganisationName(Article article, string name) =>
        NamesOf(article).Acronyms.GetValueOrDefault(name) ?? _corpusAcronyms.GetValueOrDefault(name) ?? name;

    private void Register(Article article, string canonical, EntityKind kind, string? role, IEnumerable<string> aliases)
    {
        if (!_entities.TryGetValue(canonical, out var b))
        {
            b = new Builder(kind);
            _entities[canonical] = b;
        }
        b.Articles.Add(article.Id);
        if (role is not null)
        {
            b.Roles.Add(role);
        }
        foreach (var alias in aliases)
        {
            b.Aliases.Add(alias);
        }
    }

    /// <summary>The slug of a canonical name, made once per name: speakers are resolved to the same few names again and again.</summary>
    private string SlugOf(string name)
    {
        if (!_slugs.TryGetValue(name, out var slug))
        {
            slug = Slug(name);
            _slugs[name] = slug;
        }
        return slug;
    }

    /// <summary>"Vladimir Putin" → "vladimir-putin"; "Kim Hong-kyun" → "kim-hong-kyun".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c) && c > 127 && char.IsLetter(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-');
    }

    private sealed class Builder(EntityKind kind)
    {
        public EntityKind Kind { get; } = kind;
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Roles { get; } = new(StringComparer.Ordinal);
        public HashSet<ArticleId> Articles { get; } = [];
    }
}
