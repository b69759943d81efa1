namespace StudyKit.Items;

/// <summary>Proposes candidate items of one <see cref="ItemKind"/> from the findings.</summary>
internal interface IItemGenerator
{
    /// <summary>The kind this generator proposes.</summary>
    ItemKind Kind { get; }

    /// <summary>Candidates in a stable order; the quality gates decide which become items.</summary>
    IEnumerable<Candidate> Generate(GenerationContext context);
}
