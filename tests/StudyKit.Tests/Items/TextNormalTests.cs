using System.Globalization;
using System.Text;
using StudyKit.Items;

namespace StudyKit.Tests.Items;

public sealed class TextNormalTests
{
    /// <summary>Every UTF-16 character that Unicode normalisation accepts alone: all but the surrogates and the noncharacters (U+FFFE…).</summary>
    private static readonly char[] Characters =
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => !char.IsSurrogate(c) && Normalizable(c))];

    /// <summary>Each character between letters, between digits, after an accent, and alone.</summary>
    private static IEnumerable<string> Texts(char c) => [$"a{c}b", $"1{c}2", $"e\u0301{c}", c.ToString()];

    [Theory]
    [InlineData("Kata Stoltenberg, “kami prihatin”.", "kata stoltenberg kami prihatin")]
    [InlineData("11.000 kontainer; 2,5 persen", "11.000 kontainer 2,5 persen")]
    [InlineData("Kim Jong-un, Pyongyang.", "kim jong un pyongyang")]
    [InlineData("Café Señor  Öztürk", "cafe senor ozturk")]
    [InlineData("  …  ", "")]
    public void Normalize_DropsCaseAccentsAndPunctuation_KeepsNumberSeparators(string text, string expected) =>
        Assert.Equal(expected, TextNormal.Normalize(text));

    [Fact]
    public void Normalize_EveryCharacter_IsWhatTheDefinitionGives()
    {
        foreach (var text in Characters.SelectMany(Texts))
        {
            Assert.Equal(Definition(text), TextNormal.Normalize(text));
        }
    }

    [Fact]
    public void WordCount_EveryCharacter_CountsTheWordsNormalizeWrites()
    {
        foreach (var text in Characters.SelectMany(Texts))
        {
            Assert.Equal(TextNormal.Words(text).Length, TextNormal.WordCount(text));
        }
    }

    private static bool Normalizable(char c)
    {
        try
        {
            c.ToString().Normalize(NormalizationForm.FormD);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Normalisation as the class documents it, written plainly: decompose, drop the combining marks, keep
    /// letters, digits and a '.' or ',' between digits in lower case, and one space for each run of the rest.
    /// </summary>
    private static string Definition(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var words = new StringBuilder();
        var gap = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var separator = c is '.' or ',' && i > 0 && i + 1 < decomposed.Length && char.IsDigit(decomposed[i - 1]) && char.IsDigit(decomposed[i + 1]);
            if (char.IsLetterOrDigit(c) || separator)
            {
                words.Append(gap && words.Length > 0 ? " " : "").Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }
        return words.ToString();
    }
}
