using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Tests.Items;

public sealed class NotationTests
{
    [Theory]
    [InlineData("11.000", ArticleLanguage.Id, 11000)]
    [InlineData("2,5", ArticleLanguage.Id, 2.5)]
    [InlineData("1.402", ArticleLanguage.Id, 1402)]
    [InlineData("11,000", ArticleLanguage.En, 11000)]
    [InlineData("2.5", ArticleLanguage.En, 2.5)]
    public void NumberNotation_Parse_ReadsTheArticlesNotation(string token, ArticleLanguage language, double expected) =>
        Assert.Equal((decimal)expected, NumberNotation.Parse(token, language));

    [Theory]
    [InlineData(12000, "11.000", ArticleLanguage.Id, "12.000")]
    [InlineData(2.6, "2,5", ArticleLanguage.Id, "2,6")]
    [InlineData(1402, "243", ArticleLanguage.Id, "1.402")]
    [InlineData(12000, "11,000", ArticleLanguage.En, "12,000")]
    [InlineData(12.5, "12.46", ArticleLanguage.En, "12.50")]
    [InlineData(2007, "2006", ArticleLanguage.Id, "2007")]
    public void NumberNotation_Format_WritesLikeTheTemplate(double value, string template, ArticleLanguage language, string expected) =>
        Assert.Equal(expected, NumberNotation.Format((decimal)value, template, language));

    [Theory]
    [InlineData(11000, new[] { 12000.0, 10000, 13000, 9000, 14000, 8000 })]
    [InlineData(50, new[] { 60.0, 40, 70, 30, 80, 20 })]
    [InlineData(24, new[] { 25.0, 23, 26, 22, 27, 21 })]
    public void NumberNotation_Neighbours_KeepMagnitudeAndPrecision(double value, double[] expected) =>
        Assert.Equal(expected.Select(e => (decimal)e), NumberNotation.Neighbours((decimal)value));

    [Theory]
    [InlineData("Rabu (19/6/2024)", "Kamis (20/6/2024)")]
    [InlineData("Rabu (19/6)", "Kamis (20/6)")]
    [InlineData("Juli 2000", "Agustus 2000")]
    [InlineData("tahun 2006", "tahun 2007")]
    [InlineData("19-20 Juni", "20-21 Juni")]
    [InlineData("13 September 2023", "14 September 2023")]
    [InlineData("pada hari Senin", "pada hari Selasa")]
    public void DateShifter_Variants_ShiftInTheAnswersOwnForm(string answer, string first) =>
        Assert.Equal(first, DateShifter.Variants(answer, ArticleLanguage.Id).First());

    [Fact]
    public void DateShifter_Variants_NeverRepeatTheAnswer()
    {
        var variants = DateShifter.Variants("Rabu (19/6/2024)", ArticleLanguage.Id).ToList();

        Assert.DoesNotContain("Rabu (19/6/2024)", variants);
        Assert.Equal(variants.Count, variants.Distinct().Count());
        Assert.Contains("Rabu (26/6/2024)", variants);
    }

    [Theory]
    [InlineData("Wednesday, June 19", "Thursday, June 20")]
    [InlineData("June 30, 2024", "July 1, 2024")]
    [InlineData("March 2005", "April 2005")]
    public void DateShifter_English_ShiftsInEnglish(string answer, string first) =>
        Assert.Equal(first, DateShifter.Variants(answer, ArticleLanguage.En).First());

    [Fact]
    public void DateShifter_UnrecognisedDateWithWeekday_GivesNothingRatherThanAMismatch() =>
        Assert.Empty(DateShifter.Variants("Wednesday the 19th", ArticleLanguage.En));

    [Theory]
    [InlineData("MOSKOW - Putin akan berkunjung.", "Putin akan berkunjung.")]
    [InlineData("KONTAN.CO.ID - SEOUL. Presiden Rusia tiba.", "Presiden Rusia tiba.")]
    [InlineData("JAKARTA, KOMPAS.com - Harga naik.", "Harga naik.")]
    [InlineData("Putin akan berkunjung - kata Kremlin.", "Putin akan berkunjung - kata Kremlin.")]
    public void Dateline_Strip_RemovesOnlyALeadingDateline(string sentence, string expected) =>
        Assert.Equal(expected, Dateline.Strip(sentence));

    [Theory]
    [InlineData("Rusia dan AS bertemu.", "AS", true)]
    [InlineData("He said it as a warning.", "AS", false)]
    [InlineData("Kata Stoltenberg, “kami prihatin”.", "stoltenberg", true)]
    [InlineData("11.000 kontainer", "1.000", false)]
    [InlineData("Kim Jong-un datang", "Kim Jong Un", true)]
    public void TextNormal_ContainsPhrase_MatchesWholeWordsAfterNormalisation(string text, string phrase, bool expected) =>
        Assert.Equal(expected, TextNormal.ContainsPhrase(text, phrase));

    [Theory]
    [InlineData("Perjanjian ini memberikan bantuan timbal balik jika salah satu pihak diserang",
        "Perjanjian ini menjamin bantuan bersama bila ada agresi terhadap salah satu pihak", true)]
    [InlineData("Kami sebelumnya kalah dari Malaysia, tetapi bermain bagus dan punya waktu empat hari",
        "Suporter punya ekspektasi tinggi, tetapi ekspektasi harus sesuai dengan realita yang ada", false)]
    public void TextNormal_SameGist_TellsRewordingsFromOtherStatements(string a, string b, bool expected) =>
        Assert.Equal(expected, TextNormal.SameGist(a, b));

    [Theory]
    [InlineData("tiga gol", ArticleLanguage.Id, new[] { "empat gol", "dua gol", "lima gol", "satu gol", "enam gol" })]
    [InlineData("Two goals", ArticleLanguage.En, new[] { "Three goals", "Four goals", "Five goals" })]
    public void NumberWords_Neighbours_WriteNearbyNumbersAsWords(string answer, ArticleLanguage language, string[] expected) =>
        Assert.Equal(expected, NumberWords.Neighbours(answer, language));

    [Fact]
    public void FactCloze_PercentWithTwoDecimals_DoesNotPadShorterCorpusValues()
    {
        var b = new FindingsBuilder();
        var a = b.Article("a", "Warta", "Judul",
        [
            "Di Makassar, biaya transportasi sekitar 11,52% dari total biaya hidup.",
            "Di Batam, biaya transportasi sekitar 12,8% dari total biaya hidup.",
        ]);
        b.Fact(a, a.Paragraphs[0].Text, "11,52%", FactKind.Number, 11.52m, "%");
        b.Fact(a, a.Paragraphs[1].Text, "12,8%", FactKind.Number, 12.8m, "%");

        var item = Assert.Single(new ItemBankGenerator().Generate(b.Build()).Items,
            i => i.Kind == ItemKind.FactCloze && i.Answer == "11,52%");

        Assert.DoesNotContain(item.Choices, c => c.Text == "12,80%");
        Assert.All(item.Choices, c => Assert.Matches(@"^\d+,\d{2}%$", c.Text));
    }
}
