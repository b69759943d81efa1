using System.Buffers.Binary;
using SkiaSharp;
using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class TrueTypeSubsetterTests
{
    // "é" and "Ö" are composite glyphs in DejaVu Sans (base letter + accent), "“" and "—" sit far past the ASCII ids.
    private const string Text = "Banjir rob di Jakarta, “kata” Bu Siti — é Ö 11.000";

    private static (byte[] Font, SKTypeface Face) SystemFont()
    {
        try
        {
            using var fonts = FontSet.Load(null);
            var bytes = File.ReadAllBytes(fonts.Source);
            using var data = SKData.CreateCopy(bytes);
            return (bytes, SKTypeface.FromData(data));
        }
        catch (FontNotFoundException error)
        {
            Assert.Skip(error.Message);
            throw;
        }
    }

    private static Dictionary<int, ushort> Characters(SKTypeface face, string text)
    {
        using var font = new SKFont(face);
        return text.EnumerateRunes().Select(r => r.Value).Distinct().ToDictionary(c => c, font.GetGlyph);
    }

    private static SKTypeface Load(byte[] font)
    {
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Skia cannot read the subset font.");
    }

    [Fact]
    public void Subset_UsedCharacters_DrawTheSameOutlinesAndAdvances()
    {
        var (bytes, face) = SystemFont();
        using var original = new SKFont(face, 12);
        using var subsetFace = Load(TrueTypeSubsetter.Subset(bytes, Characters(face, Text))!);
        using var subset = new SKFont(subsetFace, 12);

        foreach (var rune in Text.EnumerateRunes().Where(r => r.Value != ' '))
        {
            var glyph = subset.GetGlyph(rune.Value);
            Assert.NotEqual(0, glyph);
            using var expected = original.GetGlyphPath(original.GetGlyph(rune.Value));
            using var actual = subset.GetGlyphPath(glyph);
            Assert.Equal(expected.ToSvgPathData(), actual.ToSvgPathData());
        }
        Assert.Equal(original.MeasureText(Text), subset.MeasureText(Text));
    }

    [Fact]
    public void Subset_UnusedCharacters_AreNotMappedAndTheFontShrinks()
    {
        var (bytes, face) = SystemFont();
        var subsetBytes = TrueTypeSubsetter.Subset(bytes, Characters(face, Text))!;
        using var subsetFace = Load(subsetBytes);
        using var subset = new SKFont(subsetFace);

        Assert.Equal(0, subset.GetGlyph('Q'));
        Assert.Equal(0, subset.GetGlyph('€'));
        // .notdef, the 25 characters of the text, and the base letters and accents of its composite glyphs.
        Assert.InRange(subsetFace.GlyphCount, 26, 26 + 4);
        Assert.True(subsetBytes.Length < bytes.Length / 10, $"{subsetBytes.Length} bytes of {bytes.Length}");
    }

    [Fact]
    public void Subset_SameInput_GivesSameBytesWithValidChecksums()
    {
        var (bytes, face) = SystemFont();
        var first = TrueTypeSubsetter.Subset(bytes, Characters(face, Text))!;
        var second = TrueTypeSubsetter.Subset(bytes, Characters(face, Text))!;

        Assert.Equal(first, second);
        // The whole file sums to the magic number once head's checkSumAdjustment is in.
        Assert.Equal(0xB1B0AFBAu, SfntFile.Checksum(first));
        var tables = SfntFile.ReadDirectory(first)!;
        Assert.All(["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"], tag => Assert.Contains(tag, tables.Keys));
        Assert.DoesNotContain("GSUB", tables.Keys);
        Assert.DoesNotContain("kern", tables.Keys);
        Assert.Equal(0x00030000u, BinaryPrimitives.ReadUInt32BigEndian(tables["post"].Span));
    }

    [Theory]
    [InlineData(new byte[] { 0x4F, 0x54, 0x54, 0x4F, 0, 0, 0, 0, 0, 0, 0, 0 })] // 'OTTO': CFF outlines
    [InlineData(new byte[] { 0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 1 })] // 'ttcf': a collection
    [InlineData(new byte[] { 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x67, 0x6C, 0x79, 0x66, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0 })] // glyf out of the file
    [InlineData(new byte[] { 1, 2, 3 })]
    public void Subset_NotAGlyfTrueTypeFont_GivesNull(byte[] font)
    {
        Assert.Null(TrueTypeSubsetter.Subset(font, new Dictionary<int, ushort> { ['a'] = 1 }));
    }

    [Fact]
    public void FontSetSubset_MeasuresAsTheFullSet()
    {
        FontSet fonts;
        try
        {
            fonts = FontSet.Load(null);
        }
        catch (FontNotFoundException error)
        {
            Assert.Skip(error.Message);
            throw;
        }
        using (fonts)
        {
            var styles = new[] { TextStyle.Body, TextStyle.Body.AsBold(), TextStyle.Body.AsItalic().WithSize(8) };
            using var subset = fonts.Subset(styles.Select(s => (Text, s)));
            using var full = new SkiaTextMeasurer(fonts);
            using var cut = new SkiaTextMeasurer(subset);

            Assert.All(styles, style => Assert.Equal(full.Width(Text, style), cut.Width(Text, style)));
        }
    }
}
