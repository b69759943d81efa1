using System.Collections.Immutable;
using System.Globalization;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Tests.Packing;

/// <summary>A hand-built bank: three articles and items of several kinds, each citing one article.</summary>
internal static class PackFixture
{
    public static ItemBank Bank(int perKind = 4)
    {
        var articles = Enumerable.Range(0, 3).Select(Article).ToImmutableArray();
        var kinds = new[] { ItemKind.WhoSaid, ItemKind.FactCloze, ItemKind.WhichArticle, ItemKind.MatchQuotes, ItemKind.TrueFalse, ItemKind.Discussion, ItemKind.QuoteCard };
        var items = new List<Item>();
        foreach (var kind in kinds)
        {
            for (var i = 0; i < perKind; i++)
            {
                items.Add(Item(kind, i, articles[i % articles.Length]));
            }
        }
        return new ItemBank { Articles = articles, Items = [.. items.OrderBy(i => i.Kind).ThenBy(i => i.Id)] };
    }

    private static Article Article(int index)
    {
        var text = $"Paragraf pertama artikel {index}.\n\nParagraf kedua artikel {index}.";
        var first = text.IndexOf("\n\n", StringComparison.Ordinal);
        return new Article
        {
            Id = new ArticleId($"art{index}"),
            File = $"art{index}.txt",
            Label = ArticleLabel.FromIndex(index),
            Text = text,
            Paragraphs =
            [
                new Paragraph(new ParagraphNumber(1), new TextSpan(0, first), text[..first]),
                new Paragraph(new ParagraphNumber(2), new TextSpan(first + 2, text.Length), text[(first + 2)..]),
            ],
        };
    }

    private static Item Item(ItemKind kind, int index, Article article)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        var format = kind.Format();
        return new Item
        {
            Id = ItemId.Create(kind, article.Id.Value + n),
            Kind = kind,
            Language = ArticleLanguage.Id,
            Prompt = $"{kind} {n}?",
            Choices = format switch
            {
                ItemFormat.MultipleChoice => [new Choice($"benar {n}", true), new Choice($"salah1 {n}", false), new Choice($"salah2 {n}", false), new Choice($"salah3 {n}", false)],
                ItemFormat.TrueFalse => [new Choice("Benar", index % 2 == 0), new Choice("Salah", index % 2 == 1)],
                _ => [],
            },
            Pairs = format == ItemFormat.Matching ? [new MatchPair("q1", "s1"), new MatchPair("q2", "s2"), new MatchPair("q3", "s3")] : [],
            Answer = "jawaban",
            Evidence = [Evidence.Of(article, article.Paragraphs[0].Span)],
            Explanation = "karena",
        };
    }
}
