using System.Text.RegularExpressions;
using StudyKit.Reading;

namespace StudyKit.Tests.Reading;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("satu dua")]
    [InlineData("  satu  dua   tiga  ")]
    [InlineData("satu\tdua")]
    [InlineData("satu\t\tdua\n\nempat")]
    [InlineData("satu \u00A0dua\u2003 tiga")]
    [InlineData("\nsatu\r\n dua \u3000")]
    [InlineData("a \t b\u2028\u2029c")]
    public void Collapse_IsWhatTheRegexGives(string text)
    {
        Assert.Equal(Regex.Replace(text, @"\s{2,}", " ").Trim(), Whitespace.Collapse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Rp ")]
    [InlineData(" juta\n dolar")]
    [InlineData("  satu  dua   tiga  ")]
    [InlineData("satu\tdua")]
    [InlineData("satu\t\tdua\n\nempat")]
    [InlineData("satu \u00A0dua\u2003 tiga")]
    [InlineData("a \t b\u2028\u2029c")]
    public void SingleSpaced_IsWhatTheRegexGives(string text)
    {
        Assert.Equal(Regex.Replace(text, @"\s+", " ").Trim(), Whitespace.SingleSpaced(text));
    }

    [Fact]
    public void SingleSpaced_EveryWhiteSpaceCharacter_BecomesOneSpace()
    {
        foreach (var space in Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace))
        {
            var text = $"{space}a{space}b{space}{space}c{space}";
            Assert.Equal(Regex.Replace(text, @"\s+", " ").Trim(), Whitespace.SingleSpaced(text));
        }
    }

    [Fact]
    public void Collapse_EveryPairOfWhiteSpaceCharacters_IsWhatTheRegexGives()
    {
        var spaces = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray();
        foreach (var first in spaces)
        {
            foreach (var second in spaces)
            {
                var text = $"a{first}b{first}{second}c";
                Assert.Equal(Regex.Replace(text, @"\s{2,}", " ").Trim(), Whitespace.Collapse(text));
            }
        }
    }
}
