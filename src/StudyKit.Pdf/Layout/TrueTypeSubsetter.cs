using System.Buffers.Binary;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Cuts a TrueType (glyf-outline) font down to the glyphs a pack draws, so that each PDF embeds kilobytes
/// instead of the whole face: Skia's native build embeds fonts whole (DejaVu Sans is 740 KB), and deflating
/// them again for every PDF was most of the time a class pack took (issue 6, issue 4).
/// <para>
/// The kept glyphs (glyph 0, those of the characters given, and the components of composite glyphs) are
/// renumbered 0…n−1 in their original order, with their outlines, hinting instructions and advances
/// unchanged, so text measured with the full font draws the same with the subset. The cmap maps only the
/// characters given; the shaping and kerning tables (GSUB, GPOS, GDEF, kern), which Skia's glyph-by-glyph
/// drawing does not use, are left out, and glyph names go (post format 3). Hinting tables (fpgm, prep,
/// cvt) and the name table (copyright and licence) are kept. The result is a pure function of the inputs.
/// </para>
/// </summary>
internal static class TrueTypeSubsetter
{
    /// <summary>Tables copied unchanged.</summary>
    private static readonly string[] Copied = ["OS/2", "cvt ", "fpgm", "gasp", "name", "prep"];

    /// <summary>Tables a glyf font must have for this subsetter to handle it.</summary>
    private static readonly string[] Required = ["head", "hhea", "hmtx", "loca", "glyf", "maxp", "post"];

    /// <summary>
    /// The font with only <paramref name="characters"/> mapped (code point → glyph id in the original font),
    /// plus glyph 0; or null when <paramref name="font"/> is not a TrueType font with glyf outlines (a CFF
    /// OpenType font, a collection) or is damaged, in which case the caller embeds it whole.
    /// </summary>
    public static byte[]? Subset(byte[] font, IReadOnlyDictionary<int, ushort> characters) =>
        SubsetWithGlyphs(font, characters)?.Font;

    /// <summary>As <see cref="Subset"/>, with the subset's own map of the characters to its glyph ids (what the
    /// subset's cmap holds), for writers that address glyphs directly.</summary>
    public static (byte[] Font, IReadOnlyDictionary<int, ushort> Glyphs)? SubsetWithGlyphs(byte[] font, IReadOnlyDictionary<int, ushort> characters)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(characters);
        try
        {
            return Build(font, characters);
        }
        catch (ArgumentOutOfRangeException)
        {
            // An offset or length points outside the file: embed the font as Skia read it.
            return null;
        }
    }

    private static (byte[] Font, IReadOnlyDictionary<int, ushort> Glyphs)? Build(byte[] font, IReadOnlyDictionary<int, ushort> characters)
    {
        var tables = SfntFile.ReadDirectory(font);
        if (tables is null || !Required.All(tables.ContainsKey))
        {
            return null;
        }
        var head = tables["head"].Span;
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
        var loca = ReadLoca(tables["loca"].Span, glyphCount, longOffsets);
        var glyf = tables["glyf"];

        var kept = Closure(glyf.Span, loca, characters.Values.Where(g => g < glyphCount).Append((ushort)0)).ToList();
        var renumbered = new Dictionary<int, ushort>(kept.Count);
        foreach (var glyph in kept)
        {
            renumbered[glyph] = (ushort)renumbered.Count;
        }
        var mapped = characters.Where(c => c.Value < glyphCount).ToDictionary(c => c.Key, c => renumbered[c.Value]);
        var (newGlyf, newLoca) = Glyphs(glyf.Span, loca, kept, renumbered);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(tables["hhea"].Span[34..]);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["cmap"] = Cmap.Build(mapped),
            ["glyf"] = newGlyf,
            ["loca"] = newLoca,
            ["hmtx"] = Hmtx(tables["hmtx"].Span, metrics, kept),
            ["head"] = Patched(head, 50, 1),
            ["maxp"] = Patched(tables["maxp"].Span, 4, kept.Count),
            ["hhea"] = Patched(tables["hhea"].Span, 34, kept.Count),
            ["post"] = Post(tables["post"].Span),
        };
        foreach (var tag in Copied.Where(tables.ContainsKey))
        {
            output[tag] = tables[tag].ToArray();
        }
        return (SfntFile.Write(output), mapped);
    }

    private static uint[] ReadLoca(ReadOnlySpan<byte> loca, int glyphCount, bool longOffsets)
    {
        var offsets = new uint[glyphCount + 1];
        for (var i = 0; i <= glyphCount; i++)
        {
            offsets[i] = longOffsets
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(i * 4)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(i * 2)..]) * 2u;
        }
        return offsets;
    }

    /// <summary>The glyphs asked for and, transitively, the components of the composite ones among them.</summary>
    private static SortedSet<int> Closure(ReadOnlySpan<byte> glyf, uint[] loca, IEnumerable<ushort> roots)
    {
        var keep = new SortedSet<int>();
        var pending = new Stack<int>(roots.Select(g => (int)g));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (glyph >= loca.Length - 1 || !keep.Add(glyph))
            {
                continue;
            }
            var data = glyf[(int)loca[glyph]..(int)loca[glyph + 1]];
            foreach (var component in Components(data))
            {
                pending.Push(component);
            }
        }
        return keep;
    }

    /// <summary>Where the component glyph ids of a composite glyph are (offsets into it); none for a simple or
    /// empty glyph.</summary>
    private static List<int> ComponentOffsets(ReadOnlySpan<byte> glyph)
    {
        var offsets = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return offsets;
        }
        const int ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020, HasXYScale = 0x0040, HasTwoByTwo = 0x0080;
        var at = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            offsets.Add(at + 2);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
        return offsets;
    }

    private static IEnumerable<int> Components(ReadOnlySpan<byte> glyph)
    {
        var ids = new List<int>();
        foreach (var offset in ComponentOffsets(glyph))
        {
            ids.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[offset..]));
        }
        return ids;
    }

    /// <summary>The glyf table of the kept outlines in their new order (each padded to 4 bytes, composite
    /// glyphs pointing at their components' new ids) and its long-format loca.</summary>
    private static (byte[] Glyf, byte[] Loca) Glyphs(ReadOnlySpan<byte> glyf, uint[] loca, List<int> kept, Dictionary<int, ushort> renumbered)
    {
        var outlines = new MemoryStream();
        var offsets = new byte[(kept.Count + 1) * 4];
        for (var i = 0; i < kept.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(offsets.AsSpan(i * 4), (uint)outlines.Length);
            var outline = glyf[(int)loca[kept[i]]..(int)loca[kept[i] + 1]].ToArray();
            foreach (var offset in ComponentOffsets(outline))
            {
                var component = BinaryPrimitives.ReadUInt16BigEndian(outline.AsSpan(offset));
                BinaryPrimitives.WriteUInt16BigEndian(outline.AsSpan(offset), renumbered[component]);
            }
            outlines.Write(outline);
            outlines.Write(new byte[SfntFile.Padding(outline.Length)]);
        }
        BinaryPrimitives.WriteUInt32BigEndian(offsets.AsSpan(kept.Count * 4), (uint)outlines.Length);
        return (outlines.ToArray(), offsets);
    }

    /// <summary>A full horizontal metric (advance, left side bearing) for each kept glyph. In the font, glyphs
    /// past the last full record share its advance and store only their side bearing.</summary>
    private static byte[] Hmtx(ReadOnlySpan<byte> hmtx, int metrics, List<int> kept)
    {
        var result = new byte[kept.Count * 4];
        for (var i = 0; i < kept.Count; i++)
        {
            var glyph = kept[i];
            var advance = glyph < metrics ? glyph * 4 : (metrics - 1) * 4;
            var bearing = glyph < metrics ? (glyph * 4) + 2 : (metrics * 4) + ((glyph - metrics) * 2);
            hmtx.Slice(advance, 2).CopyTo(result.AsSpan(i * 4));
            hmtx.Slice(bearing, 2).CopyTo(result.AsSpan((i * 4) + 2));
        }
        return result;
    }

    /// <summary>A post table of format 3: the header (italic angle, underline, fixed pitch), no glyph names.</summary>
    private static byte[] Post(ReadOnlySpan<byte> post)
    {
        var result = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(result, 0x00030000);
        return result;
    }

    /// <summary>A copy of <paramref name="table"/> with the 16-bit value at <paramref name="offset"/> replaced.</summary>
    private static byte[] Patched(ReadOnlySpan<byte> table, int offset, int value)
    {
        var result = table.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(offset), (ushort)value);
        return result;
    }
}
