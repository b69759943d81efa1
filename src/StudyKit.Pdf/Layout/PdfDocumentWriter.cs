using System.IO.Compression;
using System.Text;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Writes PDF 1.7 directly: pages of text (Type0/CIDFontType2 fonts over the pack's subset faces, Identity-H,
/// glyph ids as the subset numbers them), rectangles, circles and lines; named destinations in the catalog's
/// /Dests and link annotations to them. Content streams are deflated (<see cref="FlateEncoder"/>). The layout's Y grows
/// downwards, PDF's upwards, so every Y is flipped against the page height.
/// <para>
/// The output is a pure function of the drawing calls, the fonts and the metadata: fixed dates, a document id
/// derived from the metadata, numbers written invariantly with at most a few decimals. Text is placed with
/// the fonts' own advances (/W), which are the advances the layout measured with, so lines end where the
/// layout expected. One writer per document; not thread-safe, but the shared <see cref="PdfFonts"/> is read only.
/// </para>
/// </summary>
internal sealed class PdfDocumentWriter : IDrawingSurface
{
    private const int CatalogId = 1, PagesId = 2, ResourcesId = 3, InfoId = 4;

    /// <summary>Control-point distance of a quarter circle drawn as one cubic Bézier, per unit radius.</summary>
    private const double Kappa = 0.5522847498;

    /// <summary>Content parts up to this many bytes are stored, not deflated.</summary>
    private const int SmallPart = 256;

    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    private readonly PdfFonts fonts;
    private readonly PdfMetadata metadata;
    private readonly PdfBytes output;
    private readonly List<int> offsets = [0, 0, 0, 0, 0];
    private readonly PdfBytes content;
    private readonly List<int> pages = [];
    private readonly List<(string Name, int Page, float X, float Y)> destinations = [];
    private readonly List<(Rect Area, string Name)> links = [];
    private readonly List<int> pageParts = [];
    private readonly PdfStreamCache streams;
    private readonly FlateEncoder encoder;
    private readonly bool[] usedFaces;
    private float pageHeight;
    private float pageWidth;
    private bool inPage;

    // Graphics and text state of the current page, to leave out operators that would change nothing.
    private bool inText;
    private Rgb? fill;
    private Rgb? stroke;
    private float lineWidth;
    private int font;
    private float fontSize;
    private int renderMode;

    /// <summary>A writer with the pack's <paramref name="fonts"/>; <paramref name="streams"/> shares deflated content
    /// with the pack's other writers (none when null), and <paramref name="workspace"/>, the thread's own, lends
    /// the deflater and buffers (new ones when null).</summary>
    public PdfDocumentWriter(PdfFonts fonts, PdfMetadata metadata, PdfStreamCache? streams = null, PdfWorkspace? workspace = null)
    {
        this.fonts = fonts;
        this.metadata = metadata;
        this.streams = streams ?? new PdfStreamCache();
        workspace ??= new PdfWorkspace();
        encoder = workspace.Encoder;
        output = workspace.Output;
        content = workspace.Content;
        output.Clear();
        content.Clear();
        usedFaces = new bool[fonts.Faces.Count];
        output.Append(Header);
    }

    /// <summary>Whether a character drawn is missing from the embedded faces (it prints as an empty box): the
    /// faces were cut down to characters worked out in advance, and that list lacked it.</summary>
    public bool DrewMissingGlyph { get; private set; }

    public void BeginPage(float width, float height)
    {
        if (inPage)
        {
            throw new InvalidOperationException("EndPage the page before beginning another.");
        }
        inPage = true;
        pageWidth = width;
        pageHeight = height;
        pageParts.Clear();
        StartPart();
        links.Clear();
    }

    public void PagePart()
    {
        RequirePage();
        EndPart();
        StartPart();
    }

    /// <summary>Starts a content stream with nothing assumed about the graphics state, so that its bytes depend
    /// on its own drawing alone, whatever part came before it on the page.</summary>
    private void StartPart()
    {
        content.Clear();
        inText = false;
        fill = null;
        stroke = null;
        lineWidth = -1;
        font = -1;
        fontSize = 0;
        renderMode = -1;
    }

    /// <summary>Writes the current part as a content stream of the page, unless it draws nothing.</summary>
    private void EndPart()
    {
        EndText();
        if (content.Length > SmallPart)
        {
            pageParts.Add(Stream(streams.Deflated(content.Span, encoder), null));
        }
        else if (content.Length > 0)
        {
            // A footer line: deflate would save a few bytes and cost a compressor's set-up.
            var id = BeginObject();
            output.Append("<< /Length ").Append(content.Length).Append(" >>\nstream\n").Append(content.Span).Append("\nendstream");
            EndObject();
            pageParts.Add(id);
        }
    }

    public void EndPage()
    {
        RequirePage();
        EndPart();
        var annotations = new List<int>(links.Count);
        foreach (var (area, name) in links)
        {
            var id = BeginObject();
            output.Append("<< /Type /Annot /Subtype /Link /Rect [").Number(area.X).Append(' ').Number(pageHeight - area.Bottom).Append(' ')
                .Number(area.Right).Append(' ').Number(pageHeight - area.Y).Append("] /Border [0 0 0] /Dest ");
            Name(name);
            output.Append(" >>");
            EndObject();
            annotations.Add(id);
        }
        var page = BeginObject();
        output.Append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ").Number(pageWidth).Append(' ').Number(pageHeight)
            .Append("] /Resources 3 0 R");
        if (pageParts.Count > 0)
        {
            output.Append(" /Contents [");
            foreach (var part in pageParts)
            {
                output.Append(part).Append(" 0 R ");
            }
            output.Append(']');
        }
        if (annotations.Count > 0)
        {
            output.Append(" /Annots [");
            foreach (var id in annotations)
            {
                output.Append(id).Append(" 0 R ");
            }
            output.Append(']');
        }
        output.Append(" >>");
        EndObject();
        pages.Add(page);
        inPage = false;
    }

    public void Text(float x, float baseline, string text, TextStyle style)
    {
        RequirePage();
        if (text.Length == 0)
        {
            return;
        }
        var (face, embolden, slant) = fonts.For(style);
        var pdfFace = fonts.Faces[face];
        usedFaces[face] = true;
        if (!inText)
        {
            content.Append("BT\n");
            inText = true;
        }
        Fill(style.Colour);
        if (face != font || style.Size != fontSize)
        {
            content.Append("/F").Append(face).Append(' ').Number(style.Size, 3).Append(" Tf\n");
            font = face;
            fontSize = style.Size;
        }
        var mode = embolden ? 2 : 0;
        if (embolden)
        {
            // Skia's fake bold strokes the outline as well as filling it, by size/24 at 9 pt and below, size/32
            // at 36 pt and above. Its PDF backend takes outlines at the em size (well over 36), so the stroke
            // it draws is size/32 at every size; so is this one.
            Stroke(style.Colour);
            Width(style.Size / 32);
        }
        if (mode != renderMode)
        {
            content.Append(mode).Append(" Tr\n");
            renderMode = mode;
        }
        // Skia's skew of −0.2 with Y downwards is a shear of +0.2 with Y upwards.
        content.Append(slant ? "1 0 0.2 1 " : "1 0 0 1 ").Number(x).Append(' ').Number(pageHeight - baseline).Append(" Tm (");
        // Two bytes per glyph id, as a literal string: half the size of hex, and it deflates better. Each byte
        // takes at most two when escaped, and a character at most one glyph.
        var encoded = text.Length <= 256 ? stackalloc byte[text.Length * 4] : new byte[text.Length * 4];
        var length = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = pdfFace.Glyph(rune.Value);
            // Text comes prepared, only characters the face draws, so glyph 0 means the subset lacks one.
            DrewMissingGlyph |= glyph == 0;
            length = Escaped((byte)(glyph >> 8), encoded, length);
            length = Escaped((byte)glyph, encoded, length);
        }
        content.Append(encoded[..length]).Append(") Tj\n");
    }

    public void Rectangle(Rect area, Rgb? fill, Rgb? stroke, float strokeWidth = 0.6f)
    {
        RequirePage();
        EndText();
        if (fill is { } f)
        {
            Fill(f);
            Box(area).Append(" re f\n");
        }
        if (stroke is { } s)
        {
            Stroke(s);
            Width(strokeWidth);
            Box(area).Append(" re S\n");
        }
    }

    public void Circle(float centreX, float centreY, float radius, Rgb stroke, float strokeWidth = 0.6f)
    {
        RequirePage();
        EndText();
        Stroke(stroke);
        Width(strokeWidth);
        double x = centreX, y = pageHeight - centreY, r = radius, k = radius * Kappa;
        Point(x + r, y).Append(" m\n");
        Curve(x + r, y + k, x + k, y + r, x, y + r);
        Curve(x - k, y + r, x - r, y + k, x - r, y);
        Curve(x - r, y - k, x - k, y - r, x, y - r);
        Curve(x + k, y - r, x + r, y - k, x + r, y);
        content.Append("h S\n");
    }

    public void Line(float x1, float y1, float x2, float y2, Rgb colour, float width = 0.5f)
    {
        RequirePage();
        EndText();
        Stroke(colour);
        Width(width);
        Point(x1, pageHeight - y1).Append(" m ");
        Point(x2, pageHeight - y2).Append(" l S\n");
    }

    public void Destination(string name, float x, float y)
    {
        RequirePage();
        destinations.Add((name, pages.Count, x, pageHeight - y));
    }

    public void Link(Rect area, string name)
    {
        RequirePage();
        links.Add((area, name));
    }

    /// <summary>Writes the shared objects, cross-reference table and trailer, and returns the file.</summary>
    public byte[] Close()
    {
        if (inPage)
        {
            throw new InvalidOperationException("EndPage the last page before closing.");
        }
        var fontIds = new int?[fonts.Faces.Count];
        for (var i = 0; i < fontIds.Length; i++)
        {
            if (usedFaces[i])
            {
                fontIds[i] = WriteFont(fonts.Faces[i]);
            }
        }

        BeginObject(ResourcesId);
        output.Append("<< /ProcSet [/PDF /Text] /Font <<");
        for (var i = 0; i < fontIds.Length; i++)
        {
            if (fontIds[i] is { } id)
            {
                output.Append(" /F").Append(i).Append(' ').Append(id).Append(" 0 R");
            }
        }
        output.Append(" >> >>");
        EndObject();

        BeginObject(PagesId);
        output.Append("<< /Type /Pages /Count ").Append(pages.Count).Append(" /Kids [");
        foreach (var page in pages)
        {
            output.Append(page).Append(" 0 R ");
        }
        output.Append("] >>");
        EndObject();

        int? dests = null;
        if (destinations.Count > 0)
        {
            dests = BeginObject();
            output.Append("<<");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            // The first mark of a name wins; keys in ordinal order.
            foreach (var (name, page, x, y) in destinations.Where(d => seen.Add(d.Name)).OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                output.Append('\n');
                Name(name);
                output.Append(" [").Append(pages[Math.Min(page, pages.Count - 1)]).Append(" 0 R /XYZ ").Number(x).Append(' ').Number(y).Append(" null]");
            }
            output.Append("\n>>");
            EndObject();
        }

        BeginObject(CatalogId);
        output.Append("<< /Type /Catalog /Pages 2 0 R");
        if (dests is { } d)
        {
            output.Append(" /Dests ").Append(d).Append(" 0 R");
        }
        output.Append(" >>");
        EndObject();

        BeginObject(InfoId);
        var date = PdfDate(metadata.Date);
        output.Append("<< /Title ");
        TextString(metadata.Title);
        output.Append(" /Subject ");
        TextString(metadata.Subject);
        output.Append(" /Author ");
        TextString(metadata.Author);
        output.Append(" /Creator (StudyKit) /Producer (StudyKit) /CreationDate (").Append(date).Append(") /ModDate (").Append(date).Append(") >>");
        EndObject();

        var xref = output.Length;
        output.Append("xref\n0 ").Append(offsets.Count).Append("\n0000000000 65535 f \n");
        for (var i = 1; i < offsets.Count; i++)
        {
            output.Append(offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        var documentId = DocumentId();
        output.Append("trailer\n<< /Size ").Append(offsets.Count).Append(" /Root 1 0 R /Info 4 0 R /ID [<").Append(documentId).Append("> <").Append(documentId)
            .Append(">] >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>The five objects of one face; returns the Type0 font's number.</summary>
    private int WriteFont(PdfFace face)
    {
        var file = BeginObject();
        output.Append("<< /Length ").Append(face.FontFile.Length).Append(" /Length1 ").Append(face.FontFileLength).Append(" /Filter /FlateDecode >>\nstream\n")
            .Append(face.FontFile).Append("\nendstream");
        EndObject();
        var toUnicode = Stream(face.ToUnicode, null);
        var descriptor = BeginObject();
        output.Append("<< /Type /FontDescriptor /FontName /").Append(face.BaseFont).Append(' ').Append(face.DescriptorEntries)
            .Append(" /FontFile2 ").Append(file).Append(" 0 R >>");
        EndObject();
        var cidFont = BeginObject();
        output.Append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /").Append(face.BaseFont)
            .Append(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ").Append(descriptor)
            .Append(" 0 R /CIDToGIDMap /Identity /W ").Append(face.WidthArray).Append(" >>");
        EndObject();
        var type0 = BeginObject();
        output.Append("<< /Type /Font /Subtype /Type0 /BaseFont /").Append(face.BaseFont).Append(" /Encoding /Identity-H /DescendantFonts [")
            .Append(cidFont).Append(" 0 R] /ToUnicode ").Append(toUnicode).Append(" 0 R >>");
        EndObject();
        return type0;
    }

    private int Stream(byte[] deflated, string? entries)
    {
        var id = BeginObject();
        output.Append("<< /Length ").Append(deflated.Length).Append(" /Filter /FlateDecode").Append(entries ?? string.Empty).Append(" >>\nstream\n")
            .Append(deflated).Append("\nendstream");
        EndObject();
        return id;
    }

    private int BeginObject(int? reserved = null)
    {
        var id = reserved ?? offsets.Count;
        if (reserved is null)
        {
            offsets.Add(0);
        }
        offsets[id] = output.Length;
        output.Append(id).Append(" 0 obj\n");
        return id;
    }

    private void EndObject() => output.Append("\nendobj\n");

    private void RequirePage()
    {
        if (!inPage)
        {
            throw new InvalidOperationException("Draw between BeginPage and EndPage.");
        }
    }

    /// <summary>Writes a byte of a literal string into <paramref name="into"/> at <paramref name="at"/>: parentheses
    /// and backslash escaped, and carriage return, which readers would turn into a line feed. Returns the
    /// position after it.</summary>
    private static int Escaped(byte b, Span<byte> into, int at)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                into[at] = (byte)'\\';
                into[at + 1] = b;
                return at + 2;
            case (byte)'\r':
                into[at] = (byte)'\\';
                into[at + 1] = (byte)'r';
                return at + 2;
            default:
                into[at] = b;
                return at + 1;
        }
    }

    private void EndText()
    {
        if (inText)
        {
            content.Append("ET\n");
            inText = false;
        }
    }

    private void Fill(Rgb colour)
    {
        if (fill != colour)
        {
            Colour(colour).Append(" rg\n");
            fill = colour;
        }
    }

    private void Stroke(Rgb colour)
    {
        if (stroke != colour)
        {
            Colour(colour).Append(" RG\n");
            stroke = colour;
        }
    }

    private void Width(float width)
    {
        if (lineWidth != width)
        {
            content.Number(width, 3).Append(" w\n");
            lineWidth = width;
        }
    }

    private PdfBytes Colour(Rgb colour) =>
        content.Number(colour.R / 255.0, 3).Append(' ').Number(colour.G / 255.0, 3).Append(' ').Number(colour.B / 255.0, 3);

    private PdfBytes Box(Rect area) =>
        content.Number(area.X).Append(' ').Number(pageHeight - area.Bottom).Append(' ').Number(area.Width).Append(' ').Number(area.Height);

    private PdfBytes Point(double x, double y) => content.Number(x).Append(' ').Number(y);

    private void Curve(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        Point(x1, y1).Append(' ');
        Point(x2, y2).Append(' ');
        Point(x3, y3).Append(" c\n");
    }

    /// <summary>A PDF name: bytes outside the regular printable ASCII, and delimiters, as #xx (UTF-8).</summary>
    private void Name(string name)
    {
        output.Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b, StringComparison.Ordinal) < 0)
            {
                output.Append((char)b);
            }
            else
            {
                output.Append('#').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>A text string: literal when printable ASCII, else UTF-16BE with a byte-order mark, in hex.</summary>
    private void TextString(string text)
    {
        if (text.All(c => c is >= ' ' and < (char)0x7F))
        {
            output.Append('(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    output.Append('\\');
                }
                output.Append(c);
            }
            output.Append(')');
            return;
        }
        output.Append("<FEFF");
        foreach (var c in text)
        {
            output.Hex4(c);
        }
        output.Append('>');
    }

    private static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var magnitude = offset.Duration();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"D:{date:yyyyMMddHHmmss}{sign}{magnitude.Hours:00}'{magnitude.Minutes:00}'");
    }

    /// <summary>A fixed id from the metadata (PDF asks for one that identifies the file, not for randomness).</summary>
    private string DocumentId()
    {
        var hash = Sha256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', metadata.Title, metadata.Subject, metadata.Author, PdfDate(metadata.Date))));
        return Convert.ToHexString(hash, 0, 16);
    }
}
