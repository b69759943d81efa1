using System.Text.Json;
using StudyKit.Export;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;
using StudyKit.Tests.TestData;

namespace StudyKit.Tests.Export;

/// <summary>The data files over the real seed articles (typographic quotes, Indonesian numbers, long text).</summary>
public sealed class SeedExportTests
{
    private static ItemBank SeedBank(Corpus corpus) => new()
    {
        Articles = corpus.Articles,
        Items = [.. corpus.Articles.Where(a => !a.Paragraphs.IsEmpty).Select(a =>
        {
            var paragraph = a.Paragraphs[^1];
            var evidence = Evidence.Of(a, paragraph.Span);
            return new Item
            {
                Id = ItemId.Create(ItemKind.FactCard, a.Id.Value),
                Kind = ItemKind.FactCard,
                Language = a.Language,
                Prompt = a.Title ?? a.Id.Value,
                Answer = paragraph.Text,
                Evidence = [evidence],
                Explanation = string.Empty,
                Tags = [a.Id.Value],
            };
        }).OrderBy(i => i.Id)],
    };

    [Theory]
    [InlineData(DataFormat.Json)]
    [InlineData(DataFormat.Yaml)]
    public void BankFile_SeedArticles_RoundTripExactly(DataFormat format)
    {
        var corpus = Seeds.Corpus();
        var bank = SeedBank(corpus);

        var bytes = BankFile.Write(bank, format);
        var read = BankFile.Read(bytes, "bank", format);

        Assert.Equal(bytes, BankFile.Write(read, format));
        Assert.Equal(corpus.Articles.Select(a => a.Text), read.Articles.Select(a => a.Text));
        Assert.Equal(bank.Items.Select(i => i.Answer), read.Items.Select(i => i.Answer));
    }

    [Fact]
    public void FindingsJson_SeedCorpus_ParagraphsComeBackVerbatim()
    {
        var corpus = Seeds.Corpus();

        using var json = JsonDocument.Parse(FindingsJson.Write(new Findings { Corpus = corpus }));

        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(corpus.Articles.Length, articles.Count);
        foreach (var (article, element) in corpus.Articles.Zip(articles))
        {
            Assert.Equal(article.Paragraphs.Select(p => p.Text), element.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        }
    }
}
