using System.Collections.Frozen;

namespace StudyKit.Extraction;

/// <summary>Per-language word lists for reuse scoring: stopwords (for stopword 8-grams and anchors).</summary>
/// <param name="Stopwords">Function words, lower-case.</param>
internal sealed record ReuseVocabulary(FrozenSet<string> Stopwords)
{
    /// <summary>Indonesian.</summary>
    public static ReuseVocabulary Id { get; } = new(Set(
        "yang di ke dari dan atau untuk dengan pada dalam itu ini tersebut adalah akan telah sudah tidak bukan juga " +
        "oleh karena sebagai bahwa jika agar namun tetapi serta antara para kepada saat ketika setelah sebelum " +
        "masih bisa dapat harus ada pun lebih sangat hanya saja mereka kami kita ia dia beliau nya yakni seperti " +
        "sejak hingga sampai bagi atas bawah tentang terhadap secara maupun baik lain sebuah seorang satu belum " +
        "apa siapa mana kini lalu kemudian pula bila maka sehingga tanpa per tengah sambil demi"));

    /// <summary>English.</summary>
    public static ReuseVocabulary En { get; } = new(Set(
        "the a an of to in on at for from by with and or but not no is are was were be been being has have had " +
        "do does did will would shall should can could may might must that this these those it its he she they " +
        "we you i his her their our your him them us as if than then so such which who whom whose what when " +
        "where while about into over after before between during under up down out off again also only just " +
        "there here all any both each few more most other some own same very said says"));

    /// <summary>Both lists: stopword n-grams should not depend on a language guess, and texts mix.</summary>
    public static FrozenSet<string> AllStopwords { get; } = Id.Stopwords.Union(En.Stopwords).ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="AllStopwords"/> looked up by a span of characters, with no string made.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordSpans { get; } =
        AllStopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
