using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// Whether a name found by extraction looks like a name a student would accept as an option. Extraction
/// on real text sometimes returns a fragment ("Luar Negeri Bonnie Jenkins", "Seoul akan", "Mengutip enam
/// pejabat senior AS, jaringan berita AS"); such a string is never offered as a distractor, and an item
/// whose key it would be is rejected.
/// </summary>
internal static class NameShape
{
    private const int MaxWords = 6;

    /// <summary>Role words (Indonesian and English) that belong beside a person's name, never inside it.</summary>
    private static readonly ImmutableHashSet<string> RoleWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "presiden", "menteri", "luar", "negeri", "wakil", "sekretaris", "jenderal", "juru", "bicara", "penasihat", "duta",
        "besar", "pejabat", "direktur", "kepala", "ketua", "profesor", "pemimpin", "para", "pihak", "kata", "mengatakan",
        "president", "minister", "foreign", "deputy", "secretary", "spokesman", "spokeswoman", "adviser", "advisor",
        "ambassador", "official", "officials", "director", "professor", "leader", "said", "says");

    /// <summary>Heads that name a kind of body, not a body, when they stand alone ("Kementerian", "the ministry").</summary>
    private static readonly ImmutableHashSet<string> GenericHeads = ImmutableHashSet.Create(StringComparer.Ordinal,
        "kementerian", "pemerintah", "pemerintahan", "departemen", "lembaga", "badan", "media", "pejabat", "ahli",
        "pelatih", "pemain", "suporter", "warga", "polisi", "ministry", "government", "department", "agency", "officials",
        "experts", "media", "coach", "player", "players", "fans", "police");

    /// <summary>Short lower-case particles allowed inside names ("bin", "van", "de", "al").</summary>
    private static readonly ImmutableHashSet<string> Particles = ImmutableHashSet.Create(StringComparer.Ordinal,
        "bin", "binti", "van", "von", "de", "der", "da", "di", "al", "el", "la", "le", "dos", "du", "of", "for", "and", "dan", "untuk", "the");

    /// <summary>The role heads of both languages, officials then analysts, Indonesian first.</summary>
    private static readonly ImmutableArray<string> RoleHeads =
    [
        .. SpeakerRoles.Id.Official, .. SpeakerRoles.Id.Analyst, .. SpeakerRoles.En.Official, .. SpeakerRoles.En.Analyst,
    ];

    /// <summary>
    /// True when <paramref name="name"/>, less a leading role head, is written inside one of
    /// <paramref name="roles"/>: "Dirjen Integrasi Transportasi" beside the role "Direktur Jenderal Integrasi
    /// Transportasi dan Multimoda" is a piece of that title, so the same person, no distractor.
    /// </summary>
    public static bool PartOfRole(string name, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var rest = WithoutRoleHead(name);
        return rest.Length > 0 && roles.Any(r => TextNormal.ContainsPhrase(r, rest));
    }

    /// <summary>
    /// <see cref="PartOfRole(string, IEnumerable{string})"/> for a name already passed through <see cref="WithoutRoleHead"/> and roles
    /// prepared once.
    /// </summary>
    public static bool PartOfRole(TextNormal.Phrase rest, ImmutableArray<TextNormal.PhraseText> roles)
    {
        if (rest.Trimmed.Length == 0)
        {
            return false;
        }
        foreach (var role in roles)
        {
            if (role.Contains(rest))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <paramref name="name"/> normalised, less its longest leading role head ("dirjen integrasi transportasi"
    /// → "integrasi transportasi"); the part <see cref="PartOfRole(string, IEnumerable{string})"/> looks for in the roles.
    /// </summary>
    public static string WithoutRoleHead(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normal = TextNormal.Normalize(name);
        var padded = normal + " ";
        string? head = null;
        foreach (var candidate in RoleHeads)
        {
            // The longest head wins; among heads of one length, the first listed.
            if ((head is null || candidate.Length > head.Length)
                && padded.Length > candidate.Length && padded.StartsWith(candidate, StringComparison.Ordinal) && padded[candidate.Length] == ' ')
            {
                head = candidate;
            }
        }
        return head is null ? normal : normal[head.Length..].Trim();
    }

    /// <summary>True when <paramref name="name"/> opens with a role head: a role standing for an unnamed person ("Pejabat Ukraina").</summary>
    public static bool OpensWithRole(string name)
    {
        var padded = TextNormal.Normalize(name) + " ";
        return RoleHeads.Any(head => padded.Length > head.Length && padded.StartsWith(head, StringComparison.Ordinal) && padded[head.Length] == ' ');
    }

    /// <summary>True when <paramref name="name"/> reads as the name of an entity of <paramref name="kind"/>.</summary>
    public static bool Plausible(string name, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // A possessive ("Lord Goldsmith's", "Cherie Blair's Matrix Chambers") is a cut from a longer phrase.
        if (words.Length is 0 or > MaxWords || name.Contains(',', StringComparison.Ordinal) || !char.IsUpper(words[0][0])
            || words.Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)))
        {
            return false;
        }
        var normal = TextNormal.Words(name);
        if (normal.Length == 1 && GenericHeads.Contains(normal[0]))
        {
            return false;
        }
        return kind switch
        {
            // A person's name is capitalised words (particles aside) with no role word inside, or a role
            // standing for an unnamed person ("Duta Besar Korea Selatan untuk PBB", "Pejabat Ukraina") that
            // opens with a role head; "Luar Negeri Bonnie Jenkins" is neither.
            EntityKind.Person => words.All(w => char.IsUpper(w[0]) || Particles.Contains(w))
                && (!normal.Any(RoleWords.Contains) || OpensWithRole(name)),
            // Organisations and places may hold lower-case words ("Institute for National Unification"), but
            // not a clause: no more lower-case words than capitalised ones.
            EntityKind.Organisation or EntityKind.Place =>
                words.Count(w => char.IsLower(w[0]) && !Particles.Contains(w)) == 0
                || words.Count(w => char.IsUpper(w[0])) > words.Count(w => char.IsLower(w[0])),
            // Documents speak in phrases ("Pasal 4 dari perjanjian tersebut").
            EntityKind.Document => true,
        };
    }
}
