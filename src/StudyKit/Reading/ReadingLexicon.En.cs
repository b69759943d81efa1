using System.Collections.Frozen;

namespace StudyKit.Reading;

internal sealed partial record ReadingLexicon
{
    /// <summary>English.</summary>
    public static ReadingLexicon En { get; } = new()
    {
        StopWords = FrozenSet.ToFrozenSet(
        [
            "the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "with", "he", "she", "said", "as", "it",
            "by", "at", "his", "her", "has", "have", "be", "are", "were", "had", "not", "but", "from", "this", "they",
            "which", "who", "would", "will", "an",
        ], StringComparer.Ordinal),
        Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
            ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11,
            ["december"] = 12, ["dec"] = 12,
        },
        Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        NoiseLines = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["SCROLL TO CONTINUE WITH CONTENT"] = "advertisement",
            ["ADVERTISEMENT"] = "advertisement",
            ["RELATED"] = "related-link",
            ["RELATED ARTICLES"] = "related-link",
            ["READ MORE"] = "related-link",
            ["COMMENTS"] = "comments",
            ["SHARE"] = "share",
            ["SHARE THIS ARTICLE"] = "share",
        },
        NoisePrefixes =
        [
            new("Read more:", "related-link"),
            new("Read also:", "related-link"),
            new("See also:", "related-link"),
            new("Related:", "related-link"),
            new("Watch:", "video-promo"),
            new("Photo:", "photo-credit"),
            new("Image:", "photo-credit"),
            new("Image source", "photo-credit"),
            new("Picture:", "photo-credit"),
            new("Sign up for", "promo"),
            new("Follow us", "promo"),
            new("Click here", "promo"),
            new("All rights reserved", "copyright"),
        ],
        Abbreviations = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
            "jr", "sr", "no", "vs", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "fig", "e.g", "i.e", "u.s", "u.k",
            "u.n",
        ], StringComparer.Ordinal),
        ClosingAbbreviations = FrozenSet.ToFrozenSet(["etc", "a.m", "p.m"], StringComparer.Ordinal),
        BylineOpeners = ["by"],
        CreditKeys = new Dictionary<string, CreditField>(StringComparer.OrdinalIgnoreCase)
        {
            ["Author"] = CreditField.Author,
            ["Writer"] = CreditField.Author,
            ["Reporting"] = CreditField.Author,
            ["Editing"] = CreditField.Editor,
            ["Source"] = CreditField.Wire,
            ["Translator"] = CreditField.Ignored,
        },
        NameJoiners = ["and", "&"],
    };
}
