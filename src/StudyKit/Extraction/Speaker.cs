namespace StudyKit.Extraction;

/// <summary>Who said a quote or claim: the canonical entity and the role written beside it in that article.</summary>
/// <param name="Entity">The canonical entity's id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Role">The role as written in this article ("Sekretaris Jenderal NATO"), or null.</param>
public sealed record Speaker(EntityId Entity, string Name, string? Role);
