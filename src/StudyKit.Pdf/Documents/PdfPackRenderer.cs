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
    private readonly Func<ClassPack, Headings, SortedSet<int>> foreseen;

    /// <summary>Creates a renderer with <paramref name="options"/> (defaults when null).</summary>
    /// <param name="options">Paper, appendix, font and document date.</param>
    public PdfPackRenderer(PdfOptions? options = null)
        : this(options, PrintedCharacters.Of)
    {
    }

    /// <summary>A renderer that foresees the characters a pack prints with <paramref name="foreseen"/> (tests foresee
    /// too few, to check what happens then).</summary>
    internal PdfPackRenderer(PdfOptions? options, Func<ClassPack, Headings, SortedSet<int>> foreseen)
    {
        this.options = options ?? new PdfOptions();
        this.foreseen = foreseen;
    }

    /// <inheritdoc/>
    public string Format => "pdf";

    /// <inheritdoc/>
    /// <exception cref="FontNotFoundException">No font was found, or the given font cannot be read.</exception>
    /// <exception cref="LayoutException">Content cannot be laid out within the page limit.</exception>
    public IReadOnlyList<OutputFile> Render(ClassPack pack) => Render(pack, _ => { });

    /// <inheritdoc/>
    /// <remarks>Each document is handed over from the thread that laid it out, as soon as it is written. Should the
    /// pack draw a character the renderer did not foresee, every document is laid out again and handed over again.</remarks>
    /// <exception cref="FontNotFoundException">No font was found, or the given font cannot be read.</exception>
    /// <exception cref="LayoutException">Content cannot be laid out within the page limit.</exception>
    public IReadOnlyList<OutputFile> Render(ClassPack pack, Action<OutputFile> finished)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(finished);
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

        // Layout runs in lanes (see Lanes), each with its own measurer, line cache, worksheet builder and PDF workspace,
        // the long documents first (the answer key, cards and class sheet, then the worksheets). Which lane lays
        // out a document changes nothing in its layout.
        var variants = pack.Variants.Length;
        int[] order = [.. Enumerable.Range(variants, documents.Count - variants), .. Enumerable.Range(0, variants)];
        LayoutLane Lane() => new(pack, options, words, page, fonts);
        var files = WriteDirectly(() => fonts.Embed(foreseen(pack, words)), documents, order, Lane, finished)
            ?? WriteRecorded(fonts, documents, order, Lane, finished);
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The documents, each written as soon as it is laid out, with the faces cut down (while the first pages are
    /// laid out) to every character the pack can print (<see cref="PrintedCharacters"/>). Each file's bytes depend
    /// only on its own layout and the shared, read-only faces, so the order of work does not change them. Null
    /// when the faces cannot be embedded that way, or a document draws a character the list lacked.
    /// </summary>
    private static OutputFile[]? WriteDirectly(Func<PdfFonts?> embed, List<(string Path, PdfMetadata Metadata)> documents, int[] order, Func<LayoutLane> lane,
        Action<OutputFile> finished)
    {
        // On a thread of its own, not the pool's: the lanes take the pool's threads, and one of them waits for this.
        var embedding = Task.Factory.StartNew(embed, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var files = new OutputFile[documents.Count];
        var streams = new PdfStreamCache();
        var giveUp = false;
        var failures = Lanes.Run(order, lane, (lane, i) =>
        {
            if (Volatile.Read(ref giveUp))
            {
                return;
            }
            var document = Build(lane.Context, lane.Worksheet, i);
            var bytes = PdfWriter.Write(document, lane.Layout, () => embedding.GetAwaiter().GetResult(), documents[i].Metadata, streams, lane.Workspace);
            if (bytes is null)
            {
                Volatile.Write(ref giveUp, true);
                return;
            }
            files[i] = new OutputFile(documents[i].Path, bytes);
            finished(files[i]);
        });
        // The faces are being cut from the font set, which the caller disposes: wait for that to end, even when no
        // document came as far as asking for them.
        ((Task)embedding).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        if (giveUp)
        {
            return null;
        }
        Lanes.ThrowFirst(failures);
        return files;
    }

    /// <summary>
    /// The documents laid out first, all of them, and then written with the faces cut down to what they drew: for
    /// faces <see cref="WriteDirectly"/> cannot embed, written through Skia, and for packs that draw a character
    /// <see cref="PrintedCharacters"/> does not foresee.
    /// </summary>
    private static OutputFile[] WriteRecorded(FontSet fonts, List<(string Path, PdfMetadata Metadata)> documents, int[] order, Func<LayoutLane> lane,
        Action<OutputFile> finished)
    {
        var recordings = new RecordedDocument[documents.Count];
        Lanes.ThrowFirst(Lanes.Run(order, lane, (lane, i) => recordings[i] = PdfWriter.Record(Build(lane.Context, lane.Worksheet, i), lane.Layout)));
        // One subset of the fonts for the whole pack: what any of its documents draws.
        var texts = recordings.SelectMany(r => r.Texts);
        var files = new OutputFile[documents.Count];
        if (fonts.Embed(texts) is { } embedded)
        {
            var streams = new PdfStreamCache();
            Lanes.ThrowFirst(Lanes.Run(order, () => new PdfWorkspace(), (workspace, i) =>
            {
                files[i] = new OutputFile(documents[i].Path, PdfWriter.Write(recordings[i], embedded, documents[i].Metadata, streams, workspace));
                finished(files[i]);
            }));
        }
        else
        {
            using var subset = fonts.Subset(texts);
            Lanes.ThrowFirst(Lanes.Run(order, i =>
            {
                files[i] = new OutputFile(documents[i].Path, PdfWriter.WriteWithSkia(recordings[i], subset, documents[i].Metadata));
                finished(files[i]);
            }));
        }
        return files;
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
    /// over it (the articles appendix is built once per lane), the line cache, and the PDF writers' deflater and buffers.</summary>
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

        public PdfWorkspace Workspace { get; } = new();

        public void Dispose() => measurer.Dispose();
    }

    /// <summary>The newest publication date among the articles, else 2000-01-01 (UTC): never the clock.</summary>
    private static DateTimeOffset DocumentDate(ClassPack pack)
    {
        var newest = pack.Bank.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new DateTimeOffset(newest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
