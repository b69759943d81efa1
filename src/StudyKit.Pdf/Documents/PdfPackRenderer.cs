using StudyKit.Export;
using StudyKit.Packing;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Documents;

/// <summary>
/// Renders a class pack as PDF: <c>worksheet-&lt;stem&gt;.pdf</c> per variant, <c>answer-key.pdf</c>,
/// <c>study-cards.pdf</c> and <c>class-sheet.pdf</c>. Reads the model only: letters, orders and answers come
/// from the pack. The same pack and options give byte-identical files.
/// </summary>
public sealed class PdfPackRenderer : IPackRenderer
{
    private readonly PdfOptions options;

    /// <summary>Creates a renderer with <paramref name="options"/> (defaults when null).</summary>
    /// <param name="options">Paper, appendix, font and document date.</param>
    public PdfPackRenderer(PdfOptions? options = null) => this.options = options ?? new PdfOptions();

    /// <inheritdoc/>
    public string Format => "pdf";

    /// <inheritdoc/>
    /// <exception cref="FontNotFoundException">No font was found, or the given font cannot be read.</exception>
    /// <exception cref="LayoutException">Content cannot be laid out within the page limit.</exception>
    public IReadOnlyList<OutputFile> Render(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPages, 1, nameof(options));
        using var fonts = FontSet.Load(options.FontPath);
        using var measurer = new SkiaTextMeasurer(fonts);
        var context = new DocumentContext(pack, options, Headings.For(pack.Bank.Language), DocumentContext.PageFor(options.Paper), measurer);
        var date = options.DocumentDate ?? DocumentDate(pack);
        var words = context.Words;
        PdfMetadata Meta(string title) => new(title, words.Worksheet, "StudyKit", date);

        var worksheet = new WorksheetDocument(context);
        var documents = pack.Variants
            .Select(variant => new PackDocument($"worksheet-{variant.FileStem}.pdf", worksheet.Build(variant),
                Meta($"{words.Worksheet} — {words.Variant} {variant.Code}")))
            .Append(new PackDocument("answer-key.pdf", new AnswerKeyDocument(context).Build(), Meta(words.AnswerKey)))
            .Append(new PackDocument("study-cards.pdf", new StudyCardsDocument(context).Build(), Meta(words.StudyCards)))
            .Append(new PackDocument("class-sheet.pdf", new ClassSheetDocument(context).Build(), Meta(words.ClassSheet)))
            .ToList();
        var recordings = documents.Select(d => PdfWriter.Record(d.Document, measurer)).ToList();
        // One subset of the fonts for the whole pack: what any of its documents draws.
        using var embedded = fonts.Subset(recordings.SelectMany(r => r.Texts));
        // Writing (Skia drawing and deflating) is most of the work and each PDF is independent of the others,
        // so they are written in parallel; every file's bytes depend only on its own recording.
        var files = new OutputFile[documents.Count];
        Parallel.For(0, documents.Count, i => files[i] = new OutputFile(documents[i].Path, PdfWriter.Write(recordings[i], embedded, documents[i].Metadata)));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The newest publication date among the articles, else 2000-01-01 (UTC): never the clock.</summary>
    private static DateTimeOffset DocumentDate(ClassPack pack)
    {
        var newest = pack.Bank.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new DateTimeOffset(newest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}

/// <summary>One PDF of the pack before it is written: its file name, layout and metadata.</summary>
internal sealed record PackDocument(string Path, LayoutDocument Document, PdfMetadata Metadata);
