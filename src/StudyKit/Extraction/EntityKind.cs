namespace StudyKit.Extraction;

/// <summary>What kind of thing an entity is.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation, ministry, agency or outlet.</summary>
    Organisation,

    /// <summary>A country, city or region.</summary>
    Place,

    /// <summary>A document that "speaks": a treaty, an article of a law, a statement.</summary>
    Document,
}
