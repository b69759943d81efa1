using System.Text;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Reading;

namespace StudyKit.Export;

/// <summary>What the text renderers read from a pack: the questions, the cards and the source of each item.</summary>
internal static class ExportModel
{
    /// <summary>The questions on the pack's papers, each once, in bank order (kind, then id).</summary>
    public static IReadOnlyList<Item> Questions(ClassPack pack)
    {
        var used = pack.Variants.SelectMany(v => v.Items).Select(i => i.Item.Id).ToHashSet();
        var inBank = pack.Bank.Items.Where(i => used.Contains(i.Id)).ToList();
        var known = inBank.Select(i => i.Id).ToHashSet();
        var outside = pack.Variants.SelectMany(v => v.Items).Select(i => i.Item)
            .Where(i => known.Add(i.Id)).OrderBy(i => i.Kind).ThenBy(i => i.Id);
        return [.. inBank, .. outside];
    }

    /// <summary>One readable line per evidence: "Artikel A, paragraf 3 — “Title” (Outlet)".</summary>
    public static string SourceLine(ClassPack pack, Evidence evidence, ExportText words)
    {
        var article = pack.Bank.Articles.FirstOrDefault(a => a.Id == evidence.Article);
        var line = new StringBuilder($"{words.Article} {evidence.Label}, {words.Paragraph} {evidence.Paragraph}");
        if (article?.Title is { } title)
        {
            line.Append(" — “").Append(title).Append('”');
        }
        if (article?.Outlet is { } outlet)
        {
            line.Append(" (").Append(outlet).Append(')');
        }
        return line.ToString();
    }

    /// <summary>The feedback block in HTML: each source with its excerpt, then the explanation
    /// (and, for open items, the teacher's guidance).</summary>
    public static string FeedbackHtml(ClassPack pack, Item item)
    {
        var words = ExportText.For(item.Language);
        var html = new StringBuilder();
        foreach (var evidence in item.Evidence)
        {
            html.Append("<p><b>").Append(Html.Encode(words.Source)).Append(":</b> ")
                .Append(Html.Encode(SourceLine(pack, evidence, words))).Append("</p>")
                .Append("<blockquote>").Append(Html.Encode(evidence.Excerpt)).Append("</blockquote>");
        }
        if (item.Explanation.Length > 0)
        {
            html.Append("<p>").Append(Html.Encode(item.Explanation)).Append("</p>");
        }
        return html.ToString();
    }

    /// <summary>The question text in HTML: the prompt, then the stimulus (a quote, a sentence) set apart.</summary>
    public static string QuestionHtml(Item item)
    {
        var html = "<p>" + Html.Encode(item.Prompt) + "</p>";
        return item.Stimulus is { Length: > 0 } stimulus ? html + "<blockquote>" + Html.Encode(stimulus) + "</blockquote>" : html;
    }

    /// <summary>Tags for an LMS or a deck: "studykit", the kind, the item's own tags and its articles, sorted.</summary>
    public static IReadOnlyList<string> Tags(Item item) =>
        [.. new[] { "studykit", ExportNames.Of(item.Kind) }
            .Concat(item.Tags)
            .Concat(item.Evidence.Select(e => e.Article.Value))
            .Select(Html.OneLine)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>True when a true/false item's statement is true. By the bank's convention the first choice
    /// is the "true" option, so the statement is true exactly when that choice is the key.</summary>
    public static bool StatementIsTrue(Item item) => item.Choices.Length > 0 && item.Choices[0].Correct;
}
