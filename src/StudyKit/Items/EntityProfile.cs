using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// An entity with what choosing entity distractors compares (<see cref="FactChoices"/>), worked out once per
/// bank rather than once per fact: its normalised name, shape, place class, states, class and prepared forms.
/// </summary>
/// <param name="Entity">The entity.</param>
/// <param name="NormalName">The name, normalised.</param>
/// <param name="Plausible">True when the name reads as a name of its kind (<see cref="NameShape.Plausible"/>).</param>
/// <param name="NameLessRole">The name less a leading role head (<see cref="NameShape.WithoutRoleHead"/>).</param>
/// <param name="Forms">The name and the aliases longer than two characters, as looked for in a sentence.</param>
/// <param name="IsRegion">True when the name is a world region.</param>
/// <param name="Place">What kind of place the name is, when known.</param>
/// <param name="Sides">The states the name or any alias stands for (<see cref="Polities.Sides"/>).</param>
/// <param name="Class">The class of its roles (<see cref="SpeakerRoles.Classify"/>).</param>
/// <param name="Roles">The roles, prepared to look for names in.</param>
/// <param name="RoleKeys">Each role normalised, with the states it names.</param>
internal sealed record EntityProfile(
    Entity Entity,
    string NormalName,
    bool Plausible,
    TextNormal.Phrase NameLessRole,
    ImmutableArray<TextNormal.Phrase> Forms,
    bool IsRegion,
    PlaceClass? Place,
    ulong Sides,
    SpeakerClass Class,
    ImmutableArray<TextNormal.PhraseText> Roles,
    ImmutableArray<(string Normal, ulong Sides)> RoleKeys)
{
    public static EntityProfile Of(Entity entity) => new(
        entity,
        TextNormal.Normalize(entity.Name),
        NameShape.Plausible(entity.Name, entity.Kind),
        TextNormal.Phrase.Of(NameShape.WithoutRoleHead(entity.Name)),
        [.. entity.Aliases.Where(a => a.Length > 2).Prepend(entity.Name).Select(TextNormal.Phrase.Of)],
        Polities.IsRegion(entity.Name),
        Polities.Classify(entity.Name),
        entity.Aliases.Prepend(entity.Name).Aggregate(0UL, (sides, name) => sides | Polities.Sides(name)),
        SpeakerRoles.Classify(entity.Kind, entity.Roles),
        [.. entity.Roles.Select(r => new TextNormal.PhraseText(r))],
        [.. entity.Roles.Select(r => (TextNormal.Normalize(r), Polities.Sides(r)))]);

    /// <summary>True when one of its roles and one of <paramref name="other"/>'s are the same or name the same state.</summary>
    public bool SharesRole(EntityProfile other) =>
        RoleKeys.Any(r => other.RoleKeys.Any(a => r.Normal == a.Normal || (r.Sides & a.Sides) != 0));
}
