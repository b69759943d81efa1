using StudyKit.Export;
using StudyKit.Pdf.Documents;

namespace StudyKit.Cli.Commands;

/// <summary>The renderer for each <c>--format</c> name, in the order asked for.</summary>
internal static class PackRenderers
{
    public static IEnumerable<IPackRenderer> Create(PackRequest request) => request.Formats.Select(format => format switch
    {
        "pdf" => (IPackRenderer)new PdfPackRenderer(new PdfOptions
        {
            Paper = request.Paper == "letter" ? PaperSize.Letter : PaperSize.A4,
            IncludeArticles = request.IncludeArticles,
            FontPath = request.Font,
        }),
        "json" => new JsonRenderer(),
        "moodle" => new MoodleRenderer(),
        "gift" => new GiftRenderer(),
        "anki" => new AnkiRenderer(),
        "quizlet" => new QuizletRenderer(),
        "csv" => new CsvKeyRenderer(),
        _ => throw new ArgumentOutOfRangeException(nameof(request), $"Unknown format '{format}'."),
    });
}
