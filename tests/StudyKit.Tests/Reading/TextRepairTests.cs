using StudyKit.Reading;

namespace StudyKit.Tests.Reading;

public sealed class TextRepairTests
{
    [Theory]
    [InlineData("Ratu Marie-AmÃ©lie datang", "Ratu Marie-Amélie datang")]
    [InlineData("â€œKami siapâ€\u009d, katanya", "“Kami siap”, katanya")]
    [InlineData("Itu â€“ katanya â€” benar", "Itu – katanya — benar")]
    [InlineData("caf\u00e9 biasa", "café biasa")]
    [InlineData("“Aliansi” tetap", "“Aliansi” tetap")]
    [InlineData("• News", "• News")]
    public void RepairMojibake_Run_RepairsOnlyWhenItReducesMarkers(string input, string expected)
    {
        Assert.Equal(expected, TextRepair.RepairMojibake(input));
    }

    [Fact]
    public void Line_DecomposedAccent_IsNfc()
    {
        Assert.Equal("Amélie", TextRepair.Line("Ame\u0301lie"));
    }

    [Fact]
    public void Line_NoBreakAndZeroWidthSpaces_AreNormalised()
    {
        Assert.Equal("MEMBACA Biden", TextRepair.Line("MEMBACA\u00a0 Bi\u200Bden  "));
    }

    [Theory]
    [InlineData("satu\r\ndua\nempat\rlima", 4)]
    [InlineData("satu\n\ndua", 3)]
    public void SplitLines_MixedEndings_KeepsLineNumbers(string text, int lines)
    {
        Assert.Equal(lines, TextRepair.SplitLines(text).Length);
    }

    [Theory]
    [InlineData("teks\0biner", true)]
    [InlineData("\u0001\u0002\u0003\u0004 abc", true)]
    [InlineData("Teks biasa\twith tab\r\n", false)]
    public void LooksBinary_ControlCharacters_Detected(string text, bool binary)
    {
        Assert.Equal(binary, TextRepair.LooksBinary(text));
    }
}
