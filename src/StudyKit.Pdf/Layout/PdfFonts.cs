using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// The subset faces of a pack, ready to embed in every PDF as Type0/CIDFontType2 fonts: the font file and the
/// ToUnicode CMap are deflated once per pack, not once per document. Read-only once made, so documents are
/// written from it on any thread. Made by <see cref="FontSet.Embed(SortedSet{int})"/> and its overload.
/// </summary>
internal sealed class PdfFonts
{
    private readonly int[] faceOfStyle;
    private readonly bool[] embolden;
    private readonly bool[] slant;

    /// <param name="faces">The distinct faces.</param>
    /// <param name="faceOfStyle">For each style index (bold + 2 × italic), the face that draws it.</param>
    /// <param name="embolden">For each style index, whether bold is synthesised (the face is not bold).</param>
    /// <param name="slant">For each style index, whether italic is synthesised by slanting an upright face.</param>
    public PdfFonts(IReadOnlyList<PdfFace> faces, int[] faceOfStyle, bool[] embolden, bool[] slant)
    {
        Faces = faces;
        this.faceOfStyle = faceOfStyle;
        this.embolden = embolden;
        this.slant = slant;
    }

    public IReadOnlyList<PdfFace> Faces { get; }

    /// <summary>How <paramref name="style"/> is drawn: which face, and what is synthesised.</summary>
    public (int Face, bool Embolden, bool Slant) For(TextStyle style)
    {
        var index = (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);
        return (faceOfStyle[index], embolden[index], slant[index]);
    }
}

/// <summary>
/// One subset TrueType face for embedding: its bytes, the map from characters to its glyph ids, the advance
/// of each glyph in thousandths of an em (what Skia measures with: unhinted, linear advances), and the PDF
/// objects that do not depend on the document, prepared once.
/// </summary>
internal sealed class PdfFace
{
    private readonly IReadOnlyDictionary<int, ushort> glyphs;

    /// <summary>The glyph ids of the Basic Multilingual Plane by character up to the highest the subset maps, for the
    /// text of every line drawn.</summary>
    private readonly ushort[] basicGlyphs;

    public PdfFace(byte[] font, IReadOnlyDictionary<int, ushort> glyphs, string name)
    {
        this.glyphs = glyphs;
        basicGlyphs = new ushort[glyphs.Keys.Where(c => c <= char.MaxValue).DefaultIfEmpty(0).Max() + 1];
        foreach (var (codepoint, glyph) in glyphs)
        {
            if (codepoint <= char.MaxValue)
            {
                basicGlyphs[codepoint] = glyph;
            }
        }
        var tables = SfntFile.ReadDirectory(font) ?? throw new ArgumentException("Not a TrueType font.", nameof(font));
        var head = tables["head"].Span;
        var hhea = tables["hhea"].Span;
        var unitsPerEm = (double)BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        double Scaled(int units) => Math.Round(units * 1000 / unitsPerEm, 3);
        var count = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var hmtx = tables["hmtx"].Span;
        Widths = new double[count];
        for (var glyph = 0; glyph < count; glyph++)
        {
            Widths[glyph] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(Math.Min(glyph, metrics - 1) * 4)..]) * 1000 / unitsPerEm;
        }
        var ascent = Scaled(BinaryPrimitives.ReadInt16BigEndian(hhea[4..]));
        var descent = Scaled(BinaryPrimitives.ReadInt16BigEndian(hhea[6..]));
        var capHeight = ascent;
        if (tables.TryGetValue("OS/2", out var os2) && os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2.Span) >= 2)
        {
            capHeight = Scaled(BinaryPrimitives.ReadInt16BigEndian(os2.Span[88..]));
        }
        var italicAngle = BinaryPrimitives.ReadInt32BigEndian(tables["post"].Span[4..]) / 65536.0;

        // A subset's name carries a six-letter tag (PDF 32000-1, 9.6.4), here taken from its bytes.
        var hash = Sha256.HashData(font);
        var tag = new StringBuilder(6);
        for (var i = 0; i < 6; i++)
        {
            tag.Append((char)('A' + (hash[i] % 26)));
        }
        BaseFont = tag + "+" + name;

        var descriptor = new PdfBytes(256);
        descriptor.Append("/Flags ").Append(italicAngle != 0 ? 32 + 64 : 32).Append(" /FontBBox [");
        for (var i = 0; i < 4; i++)
        {
            descriptor.Number(Scaled(BinaryPrimitives.ReadInt16BigEndian(head[(36 + (i * 2))..])), 0).Append(i < 3 ? " " : "]");
        }
        descriptor.Append(" /ItalicAngle ").Number(italicAngle).Append(" /Ascent ").Number(ascent, 0).Append(" /Descent ").Number(descent, 0)
            .Append(" /CapHeight ").Number(capHeight, 0).Append(" /StemV 80");
        DescriptorEntries = descriptor.ToArray();

        var widths = new PdfBytes(count * 8);
        widths.Append("[0 [");
        for (var glyph = 0; glyph < count; glyph++)
        {
            widths.Number(Widths[glyph], 3).Append(glyph + 1 < count ? " " : "]]");
        }
        WidthArray = widths.ToArray();

        FontFileLength = font.Length;
        FontFile = PdfBytes.Deflate(font, CompressionLevel.Optimal);
        ToUnicode = PdfBytes.Deflate(ToUnicodeCMap(glyphs).Span, CompressionLevel.Optimal);
    }

    /// <summary>The PostScript name with its subset tag, as /BaseFont and /FontName.</summary>
    public string BaseFont { get; }

    /// <summary>Advance of each glyph in thousandths of an em.</summary>
    public double[] Widths { get; }

    /// <summary>The font descriptor's entries besides /Type, /FontName and /FontFile2.</summary>
    public byte[] DescriptorEntries { get; }

    /// <summary>The CIDFont's /W array: every glyph of the subset.</summary>
    public byte[] WidthArray { get; }

    /// <summary>The deflated font file (FontFile2), and its length before deflating (/Length1).</summary>
    public byte[] FontFile { get; }

    public int FontFileLength { get; }

    /// <summary>The deflated ToUnicode CMap.</summary>
    public byte[] ToUnicode { get; }

    /// <summary>The glyph id of <paramref name="codepoint"/>, or 0 (.notdef) when the subset lacks it.</summary>
    public ushort Glyph(int codepoint) =>
        (uint)codepoint < (uint)basicGlyphs.Length ? basicGlyphs[codepoint]
            : codepoint > char.MaxValue && glyphs.TryGetValue(codepoint, out var glyph) ? glyph : (ushort)0;

    /// <summary>The advance of <paramref name="text"/> at size 1 000 — as Skia measures it, glyph by glyph.</summary>
    public double Width(string text)
    {
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Widths[Glyph(rune.Value)];
        }
        return width;
    }

    /// <summary>Glyph id → character, for text extraction; a glyph drawn for several characters maps to the first.</summary>
    private static PdfBytes ToUnicodeCMap(IReadOnlyDictionary<int, ushort> glyphs)
    {
        var byGlyph = new SortedDictionary<ushort, int>();
        foreach (var (codepoint, glyph) in glyphs.OrderBy(g => g.Key))
        {
            if (glyph != 0)
            {
                byGlyph.TryAdd(glyph, codepoint);
            }
        }
        var cmap = new PdfBytes(64 + (byGlyph.Count * 20));
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = byGlyph.ToList();
        for (var start = 0; start < entries.Count; start += 100)
        {
            var block = entries.Skip(start).Take(100).ToList();
            cmap.Append(block.Count).Append(" beginbfchar\n");
            foreach (var (glyph, codepoint) in block)
            {
                cmap.Append('<').Hex4(glyph).Append("> <");
                var text = char.ConvertFromUtf32(codepoint);
                foreach (var c in text)
                {
                    cmap.Hex4(c);
                }
                cmap.Append(">\n");
            }
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        return cmap;
    }
}
