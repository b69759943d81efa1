using System.Text;
using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>
/// Quizlet import (<c>quizlet-cards.txt</c>): one study card per line, term TAB definition, plain text
/// (Quizlet's import box takes "tab between term and definition, new line between cards" and shows no
/// HTML). Line breaks and tabs inside a field become spaces. Quizlet keeps only two fields, so the source
/// is not written here; the Anki deck and the PDF cards carry it. A pack without cards gives no file.
/// </summary>
public sealed class QuizletRenderer : IPackRenderer
{
    /// <inheritdoc/>
    public string Format => "quizlet";

    /// <inheritdoc/>
    public IReadOnlyList<OutputFile> Render(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (pack.Cards.IsEmpty)
        {
            return [];
        }
        var text = new StringBuilder();
        foreach (var card in pack.Cards)
        {
            var term = card.Stimulus is { Length: > 0 } stimulus ? card.Prompt + " " + stimulus : card.Prompt;
            text.Append(Html.OneLine(term)).Append('\t').Append(Html.OneLine(card.Answer)).Append('\n');
        }
        return [new OutputFile("quizlet-cards.txt", new UTF8Encoding(false).GetBytes(text.ToString()))];
    }
}
