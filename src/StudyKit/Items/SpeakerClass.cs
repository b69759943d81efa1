using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>What kind of source a speaker is, so that distractors compare like with like.</summary>
internal enum SpeakerClass
{
    /// <summary>Office holders and spokespeople: "Menteri Luar Negeri", "spokesman".</summary>
    Official,

    /// <summary>Experts and researchers: "profesor di Universitas Ewha", "analyst".</summary>
    Analyst,

    /// <summary>Other people, or people whose role is not written.</summary>
    Person,

    /// <summary>Organisations, ministries, agencies.</summary>
    Organisation,

    /// <summary>Documents that "speak": a treaty, an article of a law.</summary>
    Document,
}

/// <summary>Role heads that tell an official from an analyst, per language (matched as whole words).</summary>
/// <param name="Official">Heads of official roles.</param>
/// <param name="Analyst">Heads of expert roles.</param>
internal sealed record SpeakerRoles(ImmutableArray<string> Official, ImmutableArray<string> Analyst)
{
    /// <summary>Indonesian role heads.</summary>
    public static SpeakerRoles Id { get; } = new(
        ["presiden", "wakil presiden", "perdana menteri", "menteri", "wakil menteri", "juru bicara", "jubir",
         "sekretaris jenderal", "sekjen", "penasihat", "duta besar", "dubes", "pejabat", "gubernur", "wali kota",
         "bupati", "kepala", "ketua", "pemimpin", "kanselir", "raja", "direktur jenderal", "dirjen", "kapolri",
         "panglima", "jenderal", "senator", "anggota dpr", "kementerian", "pelatih", "kapten", "manajer"],
        ["profesor", "guru besar", "peneliti", "analis", "pengamat", "ahli", "pakar", "ekonom", "dosen",
         "akademisi", "direktur program", "lembaga pemikir", "universitas", "institut", "institute", "center", "centre"]);

    /// <summary>English role heads.</summary>
    public static SpeakerRoles En { get; } = new(
        ["president", "vice president", "prime minister", "minister", "secretary", "spokesman", "spokeswoman",
         "spokesperson", "adviser", "advisor", "ambassador", "official", "governor", "mayor", "chancellor",
         "leader", "king", "chairman", "chair", "senator", "general", "attorney general", "mp", "coach", "manager"],
        ["professor", "analyst", "researcher", "expert", "economist", "fellow", "scholar", "lecturer",
         "university", "institute", "think tank", "center", "centre", "director of"]);

    /// <summary>The class of a speaker of <paramref name="kind"/> with <paramref name="roles"/>.</summary>
    public static SpeakerClass Classify(EntityKind kind, IEnumerable<string> roles)
    {
        switch (kind)
        {
            case EntityKind.Organisation or EntityKind.Place:
                return SpeakerClass.Organisation;
            case EntityKind.Document:
                return SpeakerClass.Document;
            case EntityKind.Person:
                break;
        }
        var list = roles.Select(r => new TextNormal.PhraseText(r)).ToList();
        // An expert's role often names an institution ("direktur program … di Carnegie"), so the expert
        // heads are checked first; "Direktur Jenderal" is an official title and is listed as such.
        if (list.Any(r => r.ContainsAny(DirectorGeneral)))
        {
            return SpeakerClass.Official;
        }
        if (list.Any(r => r.ContainsAny(AnalystHeads)))
        {
            return SpeakerClass.Analyst;
        }
        return list.Any(r => r.ContainsAny(OfficialHeads)) ? SpeakerClass.Official : SpeakerClass.Person;
    }

    private static readonly ImmutableArray<TextNormal.Phrase> DirectorGeneral =
        [.. new[] { "direktur jenderal", "dirjen", "director general" }.Select(TextNormal.Phrase.Of)];

    /// <summary>The analyst heads of both languages, prepared once.</summary>
    private static readonly ImmutableArray<TextNormal.Phrase> AnalystHeads = [.. Id.Analyst.Concat(En.Analyst).Select(TextNormal.Phrase.Of)];

    /// <summary>The official heads of both languages, prepared once.</summary>
    private static readonly ImmutableArray<TextNormal.Phrase> OfficialHeads = [.. Id.Official.Concat(En.Official).Select(TextNormal.Phrase.Of)];
}
