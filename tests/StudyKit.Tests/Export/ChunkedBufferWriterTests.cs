using System.Buffers;
using System.Text.Json;
using StudyKit.Export;

namespace StudyKit.Tests.Export;

public sealed class ChunkedBufferWriterTests
{
    [Fact]
    public void ToArray_WritesOfEverySizeAcrossChunks_GivesWhatAnArrayBufferWriterHolds()
    {
        var chunked = new ChunkedBufferWriter();
        var plain = new ArrayBufferWriter<byte>();
        var random = new Random(6);
        for (var i = 0; i < 2_000; i++)
        {
            var hint = random.Next(4) == 0 ? random.Next(100_000) : random.Next(300);
            var count = Math.Min(hint, random.Next(1, 400));
            var bytes = new byte[count];
            random.NextBytes(bytes);
            foreach (IBufferWriter<byte> writer in (IBufferWriter<byte>[])[chunked, plain])
            {
                var target = i % 2 == 0 ? writer.GetSpan(hint) : writer.GetMemory(hint).Span;
                Assert.True(target.Length >= Math.Max(hint, 1));
                bytes.CopyTo(target);
                writer.Advance(count);
            }
        }

        Assert.Equal(plain.WrittenCount, chunked.Length);
        Assert.Equal(plain.WrittenSpan.ToArray(), chunked.ToArray());
    }

    [Fact]
    public void ToArray_JsonPastSeveralChunks_IsTheJsonWritten()
    {
        var chunked = new ChunkedBufferWriter();
        using (var writer = new Utf8JsonWriter(chunked))
        {
            writer.WriteStartArray();
            for (var i = 0; i < 20_000; i++)
            {
                writer.WriteStringValue("Banjir rob merendam pesisir — paragraf " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            writer.WriteEndArray();
        }

        var values = JsonSerializer.Deserialize<string[]>(chunked.ToArray())!;

        Assert.Equal(20_000, values.Length);
        Assert.Equal("Banjir rob merendam pesisir — paragraf 19999", values[^1]);
    }
}
