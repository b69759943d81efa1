using System.Text;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>
/// GIFT (<c>questions.gift</c>), Moodle's text format: a <c>$CATEGORY: $course$/StudyKit/&lt;kind&gt;</c> line
/// per kind, then each question titled <c>::item-id::</c> and marked <c>[html]</c>: multiple choice
/// <c>{=right ~wrong}</c>, true/false <c>{T}</c>/<c>{F}</c>, matching <c>{=left -> right}</c>, discussion as an
/// essay <c>{}</c>; the sources and excerpts are the general feedback (<c>####</c>). Study cards are left out; a pack without questions gives no file (Moodle refuses a GIFT file without questions).
/// Text is HTML-escaped, then GIFT-escaped (backslash first, then <c>~ = # { } :</c>), so no line break
/// or special character of the model can end a question early. GIFT cannot set answer shuffling: Moodle
/// takes the site default.
/// </summary>
public sealed class GiftRenderer : IPackRenderer
{
    /// <inheritdoc/>
    public string Format => "gift";

    /// <inheritdoc/>
    public IReadOnlyList<OutputFile> Render(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var questions = ExportModel.Questions(pack).Where(i => i.Format != ItemFormat.Card).ToList();
        if (questions.Count == 0)
        {
            return [];
        }
        var gift = new StringBuilder();
        gift.Append("// StudyKit questions in GIFT. Import in Moodle: Question bank > Import > GIFT format,\n");
        gift.Append("// tick \"Get category from file\". Study cards are in the Anki and Quizlet files.\n");
        foreach (var group in questions.GroupBy(i => i.Kind))
        {
            gift.Append('\n').Append("$CATEGORY: $course$/StudyKit/").Append(ExportNames.Of(group.Key)).Append('\n');
            foreach (var item in group)
            {
                gift.Append('\n');
                WriteQuestion(gift, pack, item);
            }
        }
        return [new OutputFile("questions.gift", new UTF8Encoding(false).GetBytes(gift.ToString()))];
    }

    private static void WriteQuestion(StringBuilder gift, ClassPack pack, Item item)
    {
        gift.Append("::").Append(Escape(item.Id.Value)).Append("::[html]").Append(EscapeHtml(ExportModel.QuestionHtml(item))).Append('{');
        var feedback = ExportModel.FeedbackHtml(pack, item);
        switch (item.Format)
        {
            case ItemFormat.MultipleChoice:
                gift.Append('\n');
                foreach (var choice in item.Choices)
                {
                    gift.Append(choice.Correct ? '=' : '~').Append(Answer(Html.Encode(choice.Text))).Append('\n');
                }
                break;
            case ItemFormat.TrueFalse:
                gift.Append(ExportModel.StatementIsTrue(item) ? "T" : "F").Append('\n');
                break;
            case ItemFormat.Matching:
                gift.Append('\n');
                foreach (var pair in item.Pairs)
                {
                    // The right side is plain text in Moodle (a drop-down), so it is not HTML-escaped; the left
                    // side is, which turns a "->" in it into "-&gt;" and keeps the pair's arrow unique.
                    gift.Append('=').Append(Answer(Html.Encode(pair.Left))).Append(" -> ").Append(Escape(Html.OneLine(pair.Right))).Append('\n');
                }
                break;
            case ItemFormat.Open:
                var words = ExportText.For(item.Language);
                feedback = "<p><b>" + Html.Encode(words.Guidance) + ":</b> " + Html.Encode(item.Answer) + "</p>" + feedback;
                gift.Append('\n');
                break;
            case ItemFormat.Card:
                throw new InvalidOperationException("Study cards are not quiz questions.");
        }
        gift.Append("####").Append(EscapeHtml(feedback)).Append('\n').Append("}\n");
    }

    /// <summary>An answer: escaped, and a leading '%' (read as a weight) written as its HTML entity.</summary>
    private static string Answer(string html) =>
        EscapeHtml(html.StartsWith('%') ? "&#37;" + html[1..] : html);

    /// <summary>HTML text for GIFT: '[' becomes its entity, so that text such as "[html]" is never read as a
    /// format marker (Moodle reads one at the start of an answer, gift-pegjs anywhere), then GIFT-escaped.</summary>
    private static string EscapeHtml(string html) => Escape(html.Replace("[", "&#91;", StringComparison.Ordinal));

    /// <summary>GIFT escaping, as Moodle's own exporter does it: backslash first, then <c>~ = # { } :</c>;
    /// line breaks cannot occur here (the HTML has <c>&lt;br&gt;</c>) and are dropped defensively.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '~' or '=' or '#' or '{' or '}' or ':':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
