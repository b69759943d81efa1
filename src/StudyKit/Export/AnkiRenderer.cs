using System.Globalization;
using System.Text;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>
/// Anki text import (<c>anki-cards.txt</c>, Anki 2.1.54+ headers): the pack's study cards as Basic notes,
/// columns GUID, Front, Back, Tags, tab-separated, HTML enabled. The GUID is a stable hash of the item id,
/// so importing a regenerated deck updates the notes (and keeps their review history) instead of
/// duplicating them. The back carries the answer and the source with its excerpt. Fields are HTML-escaped
/// and hold no raw tab or line break (a line break becomes <c>&lt;br&gt;</c>). Questions are not cards: stock
/// Anki has no multiple-choice note type. A pack without cards gives no file.
/// </summary>
public sealed class AnkiRenderer : IPackRenderer
{
    /// <inheritdoc/>
    public string Format => "anki";

    /// <inheritdoc/>
    public IReadOnlyList<OutputFile> Render(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (pack.Cards.IsEmpty)
        {
            return [];
        }
        var tsv = new StringBuilder();
        tsv.Append("#separator:tab\n")
            .Append("#html:true\n")
            .Append("#notetype:Basic\n")
            .Append("#deck:StudyKit\n")
            .Append("#columns:GUID\tFront\tBack\tTags\n")
            .Append("#guid column:1\n")
            .Append("#tags column:4\n");
        foreach (var card in pack.Cards)
        {
            tsv.Append(Guid(card.Id)).Append('\t')
                .Append(Front(card)).Append('\t')
                .Append(Back(pack, card)).Append('\t')
                .Append(string.Join(' ', ExportModel.Tags(card).Select(t => t.Replace(' ', '_'))))
                .Append('\n');
        }
        return [new OutputFile("anki-cards.txt", new UTF8Encoding(false).GetBytes(tsv.ToString()))];
    }

    /// <summary>The note GUID of a card: 32 hex digits of SHA-256 of its item id.</summary>
    internal static string Guid(ItemId id) => StableHash.ToGuid("anki\n" + id.Value).ToString("N", CultureInfo.InvariantCulture);

    private static string Front(Item card) =>
        card.Stimulus is { Length: > 0 } stimulus
            ? Html.Encode(card.Prompt) + "<br><br><i>" + Html.Encode(stimulus) + "</i>"
            : Html.Encode(card.Prompt);

    private static string Back(ClassPack pack, Item card)
    {
        var words = ExportText.For(card.Language);
        var back = new StringBuilder(Html.Encode(card.Answer));
        foreach (var evidence in card.Evidence)
        {
            back.Append("<br><br><small>").Append(Html.Encode(words.Source)).Append(": ")
                .Append(Html.Encode(ExportModel.SourceLine(pack, evidence, words)))
                .Append("<br>“").Append(Html.Encode(evidence.Excerpt)).Append("”</small>");
        }
        return back.ToString();
    }
}
