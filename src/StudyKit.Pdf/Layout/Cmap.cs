using System.Buffers.Binary;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Builds a TrueType cmap table for a subset font: a Windows Unicode BMP subtable (format 4) and, when a
/// character lies beyond the BMP, a full-repertoire subtable (format 12). Runs of consecutive characters
/// whose glyph ids are also consecutive share one segment.
/// </summary>
internal static class Cmap
{
    /// <summary>The cmap for <paramref name="characters"/> (code point → glyph id).</summary>
    public static byte[] Build(IReadOnlyDictionary<int, ushort> characters)
    {
        var sorted = characters.Where(c => c.Value != 0).OrderBy(c => c.Key).ToList();
        var bmp = Format4(Runs(sorted.Where(c => c.Key <= 0xFFFF)));
        var full = sorted.Any(c => c.Key > 0xFFFF) ? Format12(Runs(sorted)) : null;
        var subtables = full is null ? 1 : 2;
        var header = 4 + (8 * subtables);
        var table = new byte[header + bmp.Length + (full?.Length ?? 0)];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)subtables);
        Record(table.AsSpan(4), encoding: 1, header);
        bmp.CopyTo(table, header);
        if (full is not null)
        {
            Record(table.AsSpan(12), encoding: 10, header + bmp.Length);
            full.CopyTo(table, header + bmp.Length);
        }
        return table;
    }

    private static void Record(Span<byte> record, ushort encoding, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(record, 3); // platform: Windows
        BinaryPrimitives.WriteUInt16BigEndian(record[2..], encoding);
        BinaryPrimitives.WriteUInt32BigEndian(record[4..], (uint)offset);
    }

    /// <summary>(first character, last character, first glyph) for each run.</summary>
    private static List<(int First, int Last, int Glyph)> Runs(IEnumerable<KeyValuePair<int, ushort>> sorted)
    {
        var runs = new List<(int First, int Last, int Glyph)>();
        foreach (var (character, glyph) in sorted)
        {
            if (runs.Count > 0 && runs[^1].Last == character - 1 && runs[^1].Glyph + (character - runs[^1].First) == glyph)
            {
                runs[^1] = runs[^1] with { Last = character };
            }
            else
            {
                runs.Add((character, character, glyph));
            }
        }
        return runs;
    }

    private static byte[] Format4(List<(int First, int Last, int Glyph)> runs)
    {
        // The format ends with a segment for U+FFFF that maps to glyph 0.
        runs = [.. runs.Where(r => r.Last < 0xFFFF), (0xFFFF, 0xFFFF, 0)];
        var segments = runs.Count;
        var power = 1;
        while (power * 2 <= segments)
        {
            power *= 2;
        }
        var table = new byte[16 + (segments * 8)];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 4);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)table.Length);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(segments * 2));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)(power * 2));
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(span[12..], (ushort)((segments - power) * 2));
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        for (var i = 0; i < segments; i++)
        {
            var (first, last, glyph) = runs[i];
            BinaryPrimitives.WriteUInt16BigEndian(span[(ends + (i * 2))..], (ushort)last);
            BinaryPrimitives.WriteUInt16BigEndian(span[(starts + (i * 2))..], (ushort)first);
            // glyph = (character + delta) mod 65536; U+FFFF + 1 wraps to glyph 0.
            BinaryPrimitives.WriteUInt16BigEndian(span[(deltas + (i * 2))..], (ushort)((glyph == 0 ? 1 : glyph - first) & 0xFFFF));
        }
        // idRangeOffset stays all zeros: every segment maps through its delta.
        return table;
    }

    private static byte[] Format12(List<(int First, int Last, int Glyph)> runs)
    {
        var table = new byte[16 + (runs.Count * 12)];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 12);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)table.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[12..], (uint)runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(16 + (i * 12))..], (uint)runs[i].First);
            BinaryPrimitives.WriteUInt32BigEndian(span[(20 + (i * 12))..], (uint)runs[i].Last);
            BinaryPrimitives.WriteUInt32BigEndian(span[(24 + (i * 12))..], (uint)runs[i].Glyph);
        }
        return table;
    }
}
