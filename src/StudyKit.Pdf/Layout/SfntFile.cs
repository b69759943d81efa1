using System.Buffers.Binary;
using System.Text;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// The table directory of an sfnt (TrueType/OpenType) font file: reading the tables out of one, and writing
/// tables into a new file with the checksums the format asks for (per table, and head's checkSumAdjustment).
/// </summary>
internal static class SfntFile
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueTypeVersion = 0x74727565; // 'true'

    /// <summary>The tables by tag, or null when <paramref name="font"/> is not a single TrueType-outline font
    /// (a CFF OpenType font starts with 'OTTO', a collection with 'ttcf').</summary>
    /// <exception cref="ArgumentOutOfRangeException">A table lies outside the file.</exception>
    public static Dictionary<string, ReadOnlyMemory<byte>>? ReadDirectory(byte[] font)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (TrueTypeVersion or AppleTrueTypeVersion))
        {
            return null;
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (i * 16), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset > int.MaxValue || length > int.MaxValue)
            {
                return null;
            }
            tables[tag] = font.AsMemory((int)offset, (int)length);
        }
        return tables;
    }

    /// <summary>A font file holding <paramref name="tables"/>, in tag order, each 4-byte aligned.</summary>
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        while (power * 2 <= count)
        {
            power *= 2;
        }
        var headerLength = 12 + (16 * count);
        var file = new byte[headerLength + tables.Values.Sum(t => t.Length + Padding(t.Length))];
        BinaryPrimitives.WriteUInt32BigEndian(file, TrueTypeVersion);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)((count - power) * 16));
        var offset = headerLength;
        var headOffset = -1;
        var index = 0;
        foreach (var (tag, data) in tables)
        {
            data.CopyTo(file, offset);
            if (tag == "head")
            {
                // checkSumAdjustment counts as zero in every sum and is set last, from the whole file.
                BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(offset + 8), 0);
                headOffset = offset;
            }
            var record = file.AsSpan(12 + (index++ * 16), 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(file.AsSpan(offset, data.Length)));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            offset += data.Length + Padding(data.Length);
        }
        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(file));
        }
        return file;
    }

    /// <summary>The zero bytes that bring <paramref name="length"/> to a multiple of 4.</summary>
    public static int Padding(int length) => (4 - (length % 4)) % 4;

    /// <summary>The sum of the data as big-endian 32-bit words, the last one padded with zeros.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        var whole = data.Length / 4 * 4;
        for (var i = 0; i < whole; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}
