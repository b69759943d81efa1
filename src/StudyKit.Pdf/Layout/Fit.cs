namespace StudyKit.Pdf.Layout;

/// <summary>What measuring an element in a given space found.</summary>
internal enum FitKind
{
    /// <summary>The whole element fits.</summary>
    Full,
    /// <summary>A first part fits; the element can split there.</summary>
    Partial,
    /// <summary>Nothing fits.</summary>
    None,
}

/// <summary>The outcome of measuring: how much fits, the height it takes, and why when it does not fit.</summary>
/// <param name="Kind">Fits fully, partly, or not.</param>
/// <param name="Height">Height of the whole element (Full) or of the part that fits (Partial); 0 for None.</param>
/// <param name="Reason">Why nothing (or not everything) fits, for layout errors.</param>
internal readonly record struct Fit(FitKind Kind, float Height, string? Reason = null)
{
    public static Fit Full(float height) => new(FitKind.Full, height);

    public static Fit Partial(float height, string reason) => new(FitKind.Partial, height, reason);

    public static Fit None(string reason) => new(FitKind.None, 0, reason);
}
