using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Deflates page content streams in the zlib format (RFC 1950 around RFC 1951), which PDF's FlateDecode reads:
/// greedy LZ77 over a hash of the next four bytes with one candidate per hash, coded with deflate's fixed Huffman
/// codes in a single block. That is how zlib's own fastest level works, and content streams (operators, numbers
/// and glyph ids that repeat line after line) compress about as well this way.
/// <para>
/// Why not <see cref="System.IO.Compression.ZLibStream"/>: a pack has hundreds of content streams of a few
/// kilobytes, and every zlib stream allocates and clears a few hundred kilobytes of state that .NET 10 cannot
/// reset and reuse; that set-up, and the page faults it brings, cost more than the compressing. An encoder here
/// keeps its hash table from stream to stream without clearing it: entries older than the current stream are
/// recognised by their position. The output is a pure function of the input. Not thread-safe: one per thread.
/// </para>
/// </summary>
internal sealed class FlateEncoder
{
    private const int HashBits = 14;
    private const int MinMatch = 4;
    private const int MaxMatch = 258;
    private const int MaxDistance = 32768;

    private static readonly ushort[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly ushort[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];

    /// <summary>Literal codes (bit-reversed, to be written least significant bit first) and their lengths.</summary>
    private static readonly (uint Code, int Bits)[] Literals = new (uint, int)[256];

    /// <summary>For each match length 3…258: its length symbol's code and extra bits, joined, and their length.</summary>
    private static readonly (uint Code, int Bits)[] Lengths = new (uint, int)[MaxMatch + 1];

    /// <summary>The fixed 5-bit codes of the 30 distance symbols, bit-reversed.</summary>
    private static readonly uint[] DistanceCodes = new uint[30];

    /// <summary>Per hash of four bytes, where they last occurred: <see cref="origin"/> plus the offset in the stream.</summary>
    private readonly int[] head = new int[1 << HashBits];

    /// <summary>Where the current stream starts in the positions <see cref="head"/> holds; smaller entries are stale.</summary>
    private int origin;

    private byte[] output = new byte[16 * 1024];
    private int length;
    private ulong bits;
    private int bitCount;

    static FlateEncoder()
    {
        for (var literal = 0; literal < 256; literal++)
        {
            Literals[literal] = literal < 144 ? (Reverse(0x30 + (uint)literal, 8), 8) : (Reverse(0x190 + (uint)literal - 144, 9), 9);
        }
        for (var symbol = 0; symbol < LengthBase.Length; symbol++)
        {
            // Symbols 257–279 have 7-bit codes from 0, 280–287 8-bit codes from 0xC0.
            var (code, codeBits) = symbol < 23 ? (Reverse((uint)symbol + 1, 7), 7) : (Reverse(0xC0 + (uint)symbol - 23, 8), 8);
            var extra = symbol is < 8 or 28 ? 0 : (symbol - 4) / 4;
            var last = symbol + 1 < LengthBase.Length ? LengthBase[symbol + 1] - 1 : MaxMatch;
            for (int match = LengthBase[symbol]; match <= Math.Min(last, MaxMatch); match++)
            {
                Lengths[match] = (code | ((uint)(match - LengthBase[symbol]) << codeBits), codeBits + extra);
            }
        }
        for (var symbol = 0; symbol < DistanceCodes.Length; symbol++)
        {
            DistanceCodes[symbol] = Reverse((uint)symbol, 5);
        }
    }

    public FlateEncoder()
        : this(1)
    {
    }

    /// <summary>An encoder whose positions start at <paramref name="origin"/> (tests start near the end of the range).</summary>
    internal FlateEncoder(int origin) => this.origin = origin;

    /// <summary><paramref name="data"/> in the zlib format.</summary>
    public byte[] Deflate(ReadOnlySpan<byte> data)
    {
        if (origin > int.MaxValue - data.Length - 1)
        {
            Array.Clear(head);
            origin = 1;
        }
        // Fixed codes take at most 9 bits a byte; the rest is the headers, the end of block and the checksum.
        var capacity = data.Length + (data.Length / 8) + 16;
        if (output.Length < capacity)
        {
            output = new byte[Math.Max(capacity, output.Length * 2)];
        }
        length = 0;
        bits = 0;
        bitCount = 0;
        output[length++] = 0x78; // deflate, 32 KB window
        output[length++] = 0x01; // fastest level, no dictionary; (0x78 << 8 | 0x01) is a multiple of 31
        Put(0b011, 3); // the last block, fixed codes
        Compress(data);
        Put(0, 7); // end of block: symbol 256
        Flush();
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(length), Adler32(data));
        length += 4;
        origin += data.Length + 1;
        return output.AsSpan(0, length).ToArray();
    }

    private void Compress(ReadOnlySpan<byte> data)
    {
        var i = 0;
        while (i + MinMatch <= data.Length)
        {
            var next = BinaryPrimitives.ReadUInt32LittleEndian(data[i..]);
            var hash = Hash(next);
            var candidate = head[hash] - origin;
            head[hash] = origin + i;
            if (candidate >= 0 && i - candidate <= MaxDistance && BinaryPrimitives.ReadUInt32LittleEndian(data[candidate..]) == next)
            {
                var match = MinMatch + Common(data, candidate + MinMatch, i + MinMatch, Math.Min(MaxMatch, data.Length - i) - MinMatch);
                Match(match, i - candidate);
                // Remember the positions inside the match too: the next line's operators repeat from any of them.
                var end = Math.Min(i + match, data.Length - MinMatch + 1);
                for (var j = i + 1; j < end; j++)
                {
                    head[Hash(BinaryPrimitives.ReadUInt32LittleEndian(data[j..]))] = origin + j;
                }
                i += match;
            }
            else
            {
                Literal(data[i++]);
            }
        }
        while (i < data.Length)
        {
            Literal(data[i++]);
        }
    }

    private static int Hash(uint fourBytes) => (int)((fourBytes * 2654435761u) >> (32 - HashBits));

    /// <summary>How many of the <paramref name="limit"/> bytes from <paramref name="from"/> equal those from <paramref name="at"/>.</summary>
    private static int Common(ReadOnlySpan<byte> data, int from, int at, int limit)
    {
        var count = 0;
        while (count + 8 <= limit)
        {
            var difference = BinaryPrimitives.ReadUInt64LittleEndian(data[(from + count)..]) ^ BinaryPrimitives.ReadUInt64LittleEndian(data[(at + count)..]);
            if (difference != 0)
            {
                return count + (BitOperations.TrailingZeroCount(difference) / 8);
            }
            count += 8;
        }
        while (count < limit && data[from + count] == data[at + count])
        {
            count++;
        }
        return count;
    }

    private void Literal(byte value)
    {
        var (code, codeBits) = Literals[value];
        Put(code, codeBits);
    }

    private void Match(int match, int distance)
    {
        var (code, codeBits) = Lengths[match];
        Put(code, codeBits);
        // Distance symbols: 0–3 for 1–4, then two per power of two, each with extra bits for the offset in its range.
        var d = distance - 1;
        var symbol = d < 4 ? d : (2 * BitOperations.Log2((uint)d)) + ((d >> (BitOperations.Log2((uint)d) - 1)) & 1);
        var extra = symbol < 4 ? 0 : (symbol / 2) - 1;
        Put(DistanceCodes[symbol] | ((uint)(distance - DistanceBase[symbol]) << 5), 5 + extra);
    }

    /// <summary>Appends <paramref name="count"/> (at most 31) bits, least significant first.</summary>
    private void Put(uint value, int count)
    {
        bits |= (ulong)value << bitCount;
        bitCount += count;
        if (bitCount >= 32)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(length), (uint)bits);
            length += 4;
            bits >>= 32;
            bitCount -= 32;
        }
    }

    /// <summary>Writes the bits left, padded to a whole byte.</summary>
    private void Flush()
    {
        while (bitCount > 0)
        {
            output[length++] = (byte)bits;
            bits >>= 8;
            bitCount -= 8;
        }
        bitCount = 0;
        bits = 0;
    }

    private static uint Reverse(uint code, int count)
    {
        var reversed = 0u;
        for (var i = 0; i < count; i++)
        {
            reversed = (reversed << 1) | ((code >> i) & 1);
        }
        return reversed;
    }

    /// <summary>The zlib checksum, sixteen bytes a step: over a block, A grows by the sum of its bytes, and B by
    /// sixteen times A before it plus each byte weighted by how many of the block's sums include it (16 … 1).
    /// Sums are reduced every 5 552 bytes, the most that cannot overflow 32 bits.</summary>
    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        var low = Vector128.Create((ushort)16, 15, 14, 13, 12, 11, 10, 9);
        var high = Vector128.Create((ushort)8, 7, 6, 5, 4, 3, 2, 1);
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            var chunk = data[..Math.Min(data.Length, 5552)];
            var blocks = chunk.Length / 16;
            for (var i = 0; i < blocks; i++)
            {
                var (first, second) = Vector128.Widen(Vector128.Create(chunk.Slice(i * 16, 16)));
                b += (16 * a) + Vector128.Sum((first * low) + (second * high));
                a += Vector128.Sum(first + second);
            }
            foreach (var value in chunk[(blocks * 16)..])
            {
                a += value;
                b += a;
            }
            a %= Modulus;
            b %= Modulus;
            data = data[chunk.Length..];
        }
        return (b << 16) | a;
    }
}
