using System.Text;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Export;

/// <summary>
/// The names enum values take in files: kebab-case (<c>QuoteVerbSpeaker</c> → <c>quote-verb-speaker</c>),
/// languages as ISO codes (<c>id</c>, <c>en</c>). Item kinds have an explicit table, so a new kind fails
/// the build until it is named here.
/// </summary>
internal static class ExportNames
{
    /// <summary>The file name of <paramref name="kind"/>: also its Moodle/GIFT category.</summary>
    public static string Of(ItemKind kind) => kind switch
    {
        ItemKind.WhoSaid => "who-said",
        ItemKind.FactCloze => "fact-cloze",
        ItemKind.AccordingToWhom => "according-to-whom",
        ItemKind.WhichArticle => "which-article",
        ItemKind.WhichAgency => "which-agency",
        ItemKind.QuoteVia => "quote-via",
        ItemKind.WhichRewrites => "which-rewrites",
        ItemKind.RewriteChanges => "rewrite-changes",
        ItemKind.WhichReport => "which-report",
        ItemKind.QuoteWording => "quote-wording",
        ItemKind.MatchQuotes => "match-quotes",
        ItemKind.MatchSources => "match-sources",
        ItemKind.TrueFalse => "true-false",
        ItemKind.Discussion => "discussion",
        ItemKind.QuoteCard => "quote-card",
        ItemKind.PersonCard => "person-card",
        ItemKind.TermCard => "term-card",
        ItemKind.FactCard => "fact-card",
    };

    public static string Of(ArticleLanguage language) => language switch
    {
        ArticleLanguage.Id => "id",
        ArticleLanguage.En => "en",
    };

    /// <summary>Kebab-case of any other enum value.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    /// <summary>Every value of <typeparamref name="T"/> with its file name, in declaration order.</summary>
    public static IReadOnlyList<(string Name, T Value)> All<T>(Func<T, string> name)
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => (name(v), v))];

    /// <summary>The value named <paramref name="text"/>, or null.</summary>
    public static T? Parse<T>(string text, Func<T, string> name)
        where T : struct, Enum
    {
        foreach (var (n, v) in All(name))
        {
            if (string.Equals(n, text, StringComparison.Ordinal))
            {
                return v;
            }
        }
        return null;
    }
}
