using System.Collections.Immutable;

namespace StudyKit.Packing;

/// <summary>One student paper: a code, an optional student, and its items in order.</summary>
/// <param name="Code">The variant code printed on every page ("A", or "07" for a roster).</param>
/// <param name="Student">The student the paper is for, or null.</param>
/// <param name="FileStem">A file-system-safe, unique stem for this variant's files.</param>
/// <param name="Items">Items in paper order, numbered from 1.</param>
public sealed record Variant(string Code, Student? Student, string FileStem, ImmutableArray<VariantItem> Items);
