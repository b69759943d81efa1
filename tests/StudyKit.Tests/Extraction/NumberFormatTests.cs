using System.Globalization;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData("11.000", ArticleLanguage.Id, "11000")]
    [InlineData("2,5", ArticleLanguage.Id, "2.5")]
    [InlineData("1.402", ArticleLanguage.Id, "1402")]
    [InlineData("12,46", ArticleLanguage.Id, "12.46")]
    [InlineData("2.375.000", ArticleLanguage.Id, "2375000")]
    [InlineData("1.234,56", ArticleLanguage.Id, "1234.56")]
    [InlineData("2.5", ArticleLanguage.Id, "2.5")]
    [InlineData("250", ArticleLanguage.Id, "250")]
    [InlineData("11,000", ArticleLanguage.En, "11000")]
    [InlineData("2.5", ArticleLanguage.En, "2.5")]
    [InlineData("1,234.56", ArticleLanguage.En, "1234.56")]
    [InlineData("1,000,000", ArticleLanguage.En, "1000000")]
    [InlineData("1.000.000", ArticleLanguage.En, "1000000")]
    public void Parse_ArticleNotation_ReadsValue(string numeral, ArticleLanguage language, string expected)
    {
        var value = NumberFormat.Parse(numeral, language);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("12.34.567")]
    [InlineData("1,,2")]
    [InlineData("")]
    [InlineData("12a")]
    public void Parse_MalformedNumeral_ReturnsNull(string numeral)
    {
        Assert.Null(NumberFormat.Parse(numeral, ArticleLanguage.Id));
    }

    [Theory]
    [InlineData("11000", ArticleLanguage.Id, "11.000")]
    [InlineData("2.5", ArticleLanguage.Id, "2,5")]
    [InlineData("12.46", ArticleLanguage.Id, "12,46")]
    [InlineData("11000", ArticleLanguage.En, "11,000")]
    [InlineData("2.5", ArticleLanguage.En, "2.5")]
    public void Format_Value_WritesArticleNotation(string value, ArticleLanguage language, string expected)
    {
        Assert.Equal(expected, NumberFormat.Format(decimal.Parse(value, CultureInfo.InvariantCulture), language));
    }

    [Theory]
    [InlineData("11.000", ArticleLanguage.Id)]
    [InlineData("2,5", ArticleLanguage.Id)]
    [InlineData("11,000", ArticleLanguage.En)]
    [InlineData("12.46", ArticleLanguage.En)]
    public void FormatThenParse_RoundTrips(string numeral, ArticleLanguage language)
    {
        var value = NumberFormat.Parse(numeral, language)!.Value;

        Assert.Equal(numeral, NumberFormat.Format(value, language));
    }
}
