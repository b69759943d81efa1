using System.Collections.Immutable;
using StudyKit.Extraction;

namespace StudyKit.Items;

/// <summary>A speaker of the corpus as the generators see it: names to match, roles, class and articles.</summary>
/// <param name="Id">The canonical entity id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The entity kind (person unless the findings say otherwise).</param>
/// <param name="Class">Official, analyst, person, organisation or document.</param>
/// <param name="Forms">The name and its aliases, used to look for the speaker in evidence.</param>
/// <param name="Roles">Roles as written, sorted.</param>
internal sealed record SpeakerInfo(
    EntityId Id, string Name, EntityKind Kind, SpeakerClass Class, ImmutableArray<string> Forms, ImmutableArray<string> Roles)
{
    /// <summary>True when the two are compared in the same group of distractors.</summary>
    public bool SameBroadKind(SpeakerInfo other) =>
        (Kind == EntityKind.Person) == (other.Kind == EntityKind.Person)
        // A treaty or a law is only confused with another document, never with a government.
        && (Kind == EntityKind.Document) == (other.Kind == EntityKind.Document);
}
