using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>
/// An entity with what choosing entity distractors compares (<see cref="FactChoices"/>), worked out once per
/// bank rather than once per fact: its name (<see cref="NameProfile"/>, as for speakers) and what only entities
/// are compared by: place class, role class and roles as keys.
/// </summary>
/// <param name="Entity">The entity.</param>
/// <param name="Name">Its name, forms, states and roles prepared.</param>
/// <param name="IsRegion">True when the name is a world region.</param>
/// <param name="Place">What kind of place the name is, when known.</param>
/// <param name="Class">The class of its roles (<see cref="SpeakerRoles.Classify"/>).</param>
/// <param name="RoleKeys">Each role normalised, with the states it names.</param>
internal sealed record EntityProfile(
    Entity Entity,
    NameProfile Name,
    bool IsRegion,
    PlaceClass? Place,
    SpeakerClass Class,
    ImmutableArray<(string Normal, ulong Sides)> RoleKeys)
{
    public static EntityProfile Of(Entity entity) => new(
        entity,
        NameProfile.Of(entity),
        Polities.IsRegion(entity.Name),
        Polities.Classify(entity.Name),
        SpeakerRoles.Classify(entity.Kind, entity.Roles),
        [.. entity.Roles.Select(r => (TextNormal.Normalize(r), Polities.Sides(r)))]);

    /// <summary>True when one of its roles and one of <paramref name="other"/>'s are the same or name the same state.</summary>
    public bool SharesRole(EntityProfile other) =>
        RoleKeys.Any(r => other.RoleKeys.Any(a => r.Normal == a.Normal || (r.Sides & a.Sides) != 0));
}
