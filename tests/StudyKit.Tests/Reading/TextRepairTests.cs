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

    [Fact]
    public void Nfc_EveryPairOfTheCharactersItTrusts_IsWhatIcuGives()
    {
        // The characters Nfc passes without asking ICU, alone and in every pair (composition works on pairs),
        // then text that does need normalising.
        var trusted = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x2010, 0x18)).Select(c => (char)c).ToArray();
        foreach (var first in trusted)
        {
            Assert.Equal(first.ToString().Normalize(System.Text.NormalizationForm.FormC), TextRepair.Nfc(first.ToString()));
            foreach (var second in trusted)
            {
                var pair = string.Concat(first, second);
                Assert.True(pair.IsNormalized(System.Text.NormalizationForm.FormC), $"U+{(int)first:X4} U+{(int)second:X4}");
                Assert.Same(pair, TextRepair.Nfc(pair));
            }
        }
        Assert.Equal("caf\u00e9 – \u1ec7", TextRepair.Nfc("cafe\u0301 – e\u0323\u0302"));
        Assert.Equal("\u2002", TextRepair.Nfc("\u2000"));
    }
}
