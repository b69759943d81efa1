using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// A name with what comparing it to other names needs, worked out once per bank rather than once per item:
/// a speaker's, whose rivals <see cref="GenerationContext.SpeakerDistractors"/> picks, or an entity's, whose
/// rivals fill a fact's blank (<see cref="FactChoices"/>).
/// </summary>
/// <param name="NormalName">The name, normalised.</param>
/// <param name="Plausible">True when the name reads as a name of its kind (<see cref="NameShape.Plausible"/>).</param>
/// <param name="NameLessRole">The name less a leading role head (<see cref="NameShape.WithoutRoleHead"/>).</param>
/// <param name="Forms">The forms looked for in a sentence or in evidence (the name among them).</param>
/// <param name="Sides">The states the name or any other form stands for (<see cref="Polities.Sides"/>).</param>
/// <param name="IsRegion">True when the name is a world region.</param>
/// <param name="Place">What kind of place the name is, when known.</param>
/// <param name="Class">The class of its roles (<see cref="SpeakerRoles.Classify"/>).</param>
/// <param name="Roles">The roles, prepared to look for names in.</param>
/// <param name="RoleKeys">Each role normalised, with the states it names.</param>
internal sealed record NameProfile(
    string NormalName,
    bool Plausible,
    TextNormal.Phrase NameLessRole,
    ImmutableArray<TextNormal.Phrase> Forms,
    ulong Sides,
    bool IsRegion,
    PlaceClass? Place,
    SpeakerClass Class,
    ImmutableArray<TextNormal.PhraseText> Roles,
    ImmutableArray<(string Normal, ulong Sides)> RoleKeys)
{
    /// <summary>A speaker's: its forms (name, name as quoted, aliases) looked for in evidence.</summary>
    public static NameProfile Of(SpeakerInfo speaker) =>
        Of(speaker.Name, speaker.Kind, speaker.Forms, speaker.Forms.Append(speaker.Name), speaker.Roles, speaker.Class);

    /// <summary>An entity's: its name and the aliases longer than two characters looked for; the states of every alias.</summary>
    public static NameProfile Of(Entity entity) =>
        Of(entity.Name, entity.Kind, entity.Aliases.Where(a => a.Length > 2).Prepend(entity.Name), entity.Aliases.Prepend(entity.Name), entity.Roles,
            SpeakerRoles.Classify(entity.Kind, entity.Roles));

    /// <summary>True when one of its roles and one of <paramref name="other"/>'s are the same or name the same state.</summary>
    public bool SharesRole(NameProfile other) =>
        RoleKeys.Any(r => other.RoleKeys.Any(a => r.Normal == a.Normal || (r.Sides & a.Sides) != 0));

    /// <param name="name">The name.</param>
    /// <param name="kind">What it names.</param>
    /// <param name="forms">The forms looked for in a text.</param>
    /// <param name="stateForms">The forms whose states count as the name's.</param>
    /// <param name="roles">The roles as written.</param>
    /// <param name="roleClass">The class of the roles.</param>
    private static NameProfile Of(string name, EntityKind kind, IEnumerable<string> forms, IEnumerable<string> stateForms,
        ImmutableArray<string> roles, SpeakerClass roleClass) => new(
        TextNormal.Normalize(name),
        NameShape.Plausible(name, kind),
        TextNormal.Phrase.Of(NameShape.WithoutRoleHead(name)),
        [.. forms.Select(TextNormal.Phrase.Of)],
        stateForms.Aggregate(0UL, (sides, form) => sides | Polities.Sides(form)),
        Polities.IsRegion(name),
        Polities.Classify(name),
        roleClass,
        [.. roles.Select(r => new TextNormal.PhraseText(r))],
        [.. roles.Select(r => (TextNormal.Normalize(r), Polities.Sides(r)))]);
}
