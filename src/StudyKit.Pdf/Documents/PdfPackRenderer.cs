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
        var words = Headings.For(pack.Bank.Language);
        var page = DocumentContext.PageFor(options.Paper);
        var date = options.DocumentDate ?? DocumentDate(pack);
        PdfMetadata Meta(string title) => new(title, words.Worksheet, "StudyKit", date);
        List<(string Path, PdfMetadata Metadata)> documents =
        [
            .. pack.Variants.Select(variant => ($"worksheet-{variant.FileStem}.pdf", Meta($"{words.Worksheet} — {words.Variant} {variant.Code}"))),
            ("answer-key.pdf", Meta(words.AnswerKey)),
            ("study-cards.pdf", Meta(words.StudyCards)),
            ("class-sheet.pdf", Meta(words.ClassSheet)),
        ];

        // Layout runs in lanes (see Lanes), each with its own measurer, line cache and worksheet builder, the long
        // documents first (the answer key, cards and class sheet, then the worksheets). Which lane lays out a
        // document changes nothing in its layout.
        var recordings = new RecordedDocument[documents.Count];
        var variants = pack.Variants.Length;
        int[] order = [.. Enumerable.Range(variants, documents.Count - variants), .. Enumerable.Range(0, variants)];
        Lanes.ThrowFirst(Lanes.Run(order, () => new LayoutLane(pack, options, words, page, fonts),
            (lane, i) => recordings[i] = PdfWriter.Record(Build(lane.Context, lane.Worksheet, i), lane.Layout)));
        // One subset of the fonts for the whole pack: what any of its documents draws. Each file's bytes depend
        // only on its own recording and the shared, read-only subset, so the order of work does not change them.
        var texts = recordings.SelectMany(r => r.Texts);
        var files = new OutputFile[documents.Count];
        if (fonts.Embed(texts) is { } embedded)
        {
            var streams = new PdfStreamCache();
            Lanes.ThrowFirst(Lanes.Run(order, () => new FlateEncoder(),
                (encoder, i) => files[i] = new OutputFile(documents[i].Path, PdfWriter.Write(recordings[i], embedded, documents[i].Metadata, streams, encoder))));
        }
        else
        {
            using var subset = fonts.Subset(texts);
            Lanes.ThrowFirst(Lanes.Run(order, i => files[i] = new OutputFile(documents[i].Path, PdfWriter.WriteWithSkia(recordings[i], subset, documents[i].Metadata))));
        }
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Document <paramref name="index"/> of the pack: the worksheets in variant order, then the answer key,
    /// study cards and class sheet.</summary>
    private static LayoutDocument Build(DocumentContext context, WorksheetDocument worksheet, int index)
    {
        var variants = context.Pack.Variants;
        return (index - variants.Length) switch
        {
            < 0 => worksheet.Build(variants[index]),
            0 => new AnswerKeyDocument(context).Build(),
            1 => new StudyCardsDocument(context).Build(),
            _ => new ClassSheetDocument(context).Build(),
        };
    }

    /// <summary>What one layout lane owns: a measurer with its caches, the document context and worksheet builder
    /// over it (the articles appendix is built once per lane), and the line cache.</summary>
    private sealed class LayoutLane : IDisposable
    {
        private readonly SkiaTextMeasurer measurer;

        public LayoutLane(ClassPack pack, PdfOptions options, Headings words, PageSetup page, FontSet fonts)
        {
            measurer = new SkiaTextMeasurer(fonts);
            Context = new DocumentContext(pack, options, words, page, measurer);
            Worksheet = new WorksheetDocument(Context);
            Layout = new LayoutContext(measurer);
        }

        public DocumentContext Context { get; }

        public WorksheetDocument Worksheet { get; }

        public LayoutContext Layout { get; }

        public void Dispose() => measurer.Dispose();
    }

    /// <summary>The newest publication date among the articles, else 2000-01-01 (UTC): never the clock.</summary>
    private static DateTimeOffset DocumentDate(ClassPack pack)
    {
        var newest = pack.Bank.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new DateTimeOffset(newest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
