using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class SkiaTextMeasurerTests
{
    private static SkiaTextMeasurer Measurer()
    {
        try
        {
            return new SkiaTextMeasurer(FontSet.Load(null));
        }
        catch (FontNotFoundException error)
        {
            Assert.Skip(error.Message);
            throw;
        }
    }

    [Theory]
    [InlineData("Cafe\u0301", "Café")]
    [InlineData("ba\u200Bca\u00ADan\uFEFF", "bacaan")]
    [InlineData("“kata Bu Siti”, ujarnya", "“kata Bu Siti”, ujarnya")]
    [InlineData("Selesai 🎉!", "Selesai □!")]
    [InlineData("Guru 👩‍🏫 datang", "Guru □ datang")]
    [InlineData("שלום", "□□□□")]
    [InlineData("tab\there", "tab here")]
    public void Prepare_Text_NormalisesDropsInvisiblesAndReplacesUndrawable(string input, string expected)
    {
        Assert.Equal(expected, Measurer().Prepare(input, TextStyle.Body));
    }

    [Fact]
    public void Width_LongerText_IsWider()
    {
        var measurer = Measurer();

        Assert.True(measurer.Width("Banjir rob", TextStyle.Body) > measurer.Width("Banjir", TextStyle.Body));
        Assert.True(measurer.Width("Banjir", TextStyle.Body.AsBold()) > measurer.Width("Banjir", TextStyle.Body));
    }

    [Fact]
    public void Load_MissingFontFile_ExplainsAndPointsAtFontOption()
    {
        var error = Assert.Throws<FontNotFoundException>(() => FontSet.Load("/nonexistent/font.ttf"));

        Assert.Contains("/nonexistent/font.ttf", error.Message, StringComparison.Ordinal);
        Assert.Contains("--font", error.Message, StringComparison.Ordinal);
    }
}
