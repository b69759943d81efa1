namespace StudyKit.Export;

/// <summary>Option letters as printed on the paper: 0 → A, 25 → Z, 26 → AA.</summary>
internal static class Letters
{
    public static string Of(int index) => Reading.ArticleLabel.FromIndex(index).Value;
}
