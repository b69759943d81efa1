using System.Collections.Immutable;
using System.Text;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Export;

/// <summary>
/// Maps a parsed bank file onto the model by hand and validates it: every error names the element
/// (<c>item 'whosaid-…'</c>, <c>article 'x'</c>), the field and the line.
/// </summary>
internal static class BankReader
{
    public static ItemBank Read(DataNode root, string sourcePath)
    {
        var bank = FieldReader.Of(root, string.Empty, "schema", sourcePath);
        var schema = bank.Optional("schema");
        if (schema is not DataString { Value: BankFile.Schema })
        {
            var found = schema is null ? null : bank.AsText("schema", schema);
            throw new StudyKitInputException(sourcePath, ExportMessages.WrongSchema(BankFile.Schema, found), schema?.Line ?? root.Line);
        }
        var language = Language(bank, "language");
        var articles = bank.List("articles").Select((n, i) => Article(n, i, sourcePath)).ToImmutableArray();
        var byId = new Dictionary<ArticleId, Article>();
        foreach (var article in articles)
        {
            if (!byId.TryAdd(article.Id, article))
            {
                throw new StudyKitInputException(sourcePath, ExportMessages.DuplicateArticle(article.Id.Value));
            }
        }
        var items = new List<Item>();
        var ids = new HashSet<ItemId>();
        foreach (var (node, index) in bank.List("items").Select((n, i) => (n, i)))
        {
            var item = Item(node, index, byId, language, sourcePath);
            if (!ids.Add(item.Id))
            {
                throw new StudyKitInputException(sourcePath, ExportMessages.InField($"item '{item.Id}'", "id", ExportMessages.DuplicateId(item.Id.Value)), node.Line);
            }
            items.Add(item);
        }
        var rejections = bank.List("rejections").Select((n, i) => Rejection(n, i, byId, sourcePath)).ToImmutableArray();
        bank.RejectUnknown();
        return new ItemBank
        {
            Language = language,
            Articles = articles,
            Items = [.. items.OrderBy(i => i.Kind).ThenBy(i => i.Id)],
            Rejections = rejections,
        };
    }

    private static Item Item(DataNode node, int index, Dictionary<ArticleId, Article> articles, ArticleLanguage bankLanguage, string sourcePath)
    {
        var item = FieldReader.Of(node, $"item {index + 1}", "items", sourcePath);
        var id = item.NonEmptyText("id");
        if (id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw item.Error("id", ExportMessages.BadId);
        }
        item.Rename($"item '{id}'");
        var kind = Kind(item, "kind");
        var choices = item.List("choices").Select(c =>
        {
            var choice = FieldReader.Of(c, item.Where, "choices", sourcePath);
            var result = new Choice(choice.NonEmptyText("text"), choice.Bool("correct"));
            choice.RejectUnknown();
            return result;
        }).ToImmutableArray();
        var pairs = item.List("pairs").Select(p =>
        {
            var pair = FieldReader.Of(p, item.Where, "pairs", sourcePath);
            var result = new MatchPair(pair.NonEmptyText("left"), pair.NonEmptyText("right"));
            pair.RejectUnknown();
            return result;
        }).ToImmutableArray();
        CheckShape(item, kind, choices, pairs);
        var difficulty = item.IntOr("difficulty", 2);
        if (difficulty is < 1 or > 3)
        {
            throw item.Error("difficulty", ExportMessages.BadDifficulty);
        }
        var evidence = item.List("evidence").Select(e => Evidence(FieldReader.Of(e, item.Where, "evidence", sourcePath), articles)).ToImmutableArray();
        if (evidence.IsEmpty)
        {
            throw item.Error("evidence", ExportMessages.NoEvidence);
        }
        var result = new Item
        {
            Id = new ItemId(id),
            Kind = kind,
            Language = item.Optional("language") is null ? bankLanguage : Language(item, "language"),
            Prompt = item.NonEmptyText("prompt"),
            Stimulus = item.OptionalText("stimulus"),
            Choices = choices,
            Pairs = pairs,
            Answer = item.NonEmptyText("answer"),
            Explanation = item.OptionalText("explanation") ?? string.Empty,
            Difficulty = difficulty,
            Tags = [.. item.Texts("tags").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Evidence = evidence,
        };
        item.RejectUnknown();
        return result;
    }

    /// <summary>Choices and pairs must fit the item's format.</summary>
    private static void CheckShape(FieldReader item, ItemKind kind, ImmutableArray<Choice> choices, ImmutableArray<MatchPair> pairs)
    {
        switch (kind.Format())
        {
            case ItemFormat.MultipleChoice or ItemFormat.TrueFalse:
                if (kind.Format() == ItemFormat.TrueFalse && choices.Length != 2)
                {
                    throw item.Error("choices", ExportMessages.TrueFalseChoices);
                }
                if (choices.Length < 2)
                {
                    throw item.Error("choices", ExportMessages.TwoChoices);
                }
                if (choices.Count(c => c.Correct) != 1)
                {
                    throw item.Error("choices", ExportMessages.OneCorrect);
                }
                if (choices.Select(c => Normalise(c.Text)).Distinct(StringComparer.Ordinal).Count() != choices.Length)
                {
                    throw item.Error("choices", ExportMessages.EqualChoices);
                }
                if (!pairs.IsEmpty)
                {
                    throw item.Error("pairs", ExportMessages.NoPairsHere);
                }
                break;
            case ItemFormat.Matching:
                if (pairs.Length < 2)
                {
                    throw item.Error("pairs", ExportMessages.TwoPairs);
                }
                if (!choices.IsEmpty)
                {
                    throw item.Error("choices", ExportMessages.NoChoicesHere);
                }
                break;
            case ItemFormat.Open or ItemFormat.Card:
                if (!choices.IsEmpty)
                {
                    throw item.Error("choices", ExportMessages.NoChoicesHere);
                }
                if (!pairs.IsEmpty)
                {
                    throw item.Error("pairs", ExportMessages.NoPairsHere);
                }
                break;
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Evidence Evidence(FieldReader evidence, Dictionary<ArticleId, Article> articles)
    {
        var id = evidence.NonEmptyText("article");
        if (!articles.TryGetValue(new ArticleId(id), out var article))
        {
            throw evidence.Error("evidence", ExportMessages.UnknownArticle(id), evidence.NodeLine("article"));
        }
        var span = Span(evidence, "span");
        if (span.End > article.Text.Length)
        {
            throw evidence.Error("evidence", ExportMessages.SpanOutside(article.Text.Length), evidence.NodeLine("span"));
        }
        // Label, paragraph and excerpt follow from the span; a hand-added item may leave them out, but when
        // given they must agree with the article, so that an edited excerpt cannot drift from its source.
        var actual = article.Text[span.Start..span.End];
        if (evidence.OptionalText("excerpt") is { } excerpt && !string.Equals(actual, excerpt, StringComparison.Ordinal))
        {
            throw evidence.Error("evidence", ExportMessages.ExcerptMismatch(actual), evidence.NodeLine("excerpt"));
        }
        if (article.ParagraphAt(span.Start) is null)
        {
            throw evidence.Error("evidence", ExportMessages.SpanBetweenParagraphs, evidence.NodeLine("span"));
        }
        var result = Extraction.Evidence.Of(article, span);
        if (evidence.OptionalText("label") is { } label && !string.Equals(label, article.Label.Value, StringComparison.Ordinal))
        {
            throw evidence.Error("evidence", "label " + ExportMessages.LabelMismatch(article.Label.Value), evidence.NodeLine("label"));
        }
        if (evidence.Optional("paragraph") is not null && evidence.Int("paragraph") != result.Paragraph.Value)
        {
            throw evidence.Error("evidence", "paragraph " + ExportMessages.ParagraphMismatch(result.Paragraph.Value), evidence.NodeLine("paragraph"));
        }
        evidence.RejectUnknown();
        return result;
    }

    private static TextSpan Span(FieldReader reader, string field)
    {
        if (reader.Required(field) is not DataList { Items: [DataNumber start, DataNumber end] }
            || !int.TryParse(start.Value, System.Globalization.CultureInfo.InvariantCulture, out var s)
            || !int.TryParse(end.Value, System.Globalization.CultureInfo.InvariantCulture, out var e)
            || s < 0 || e <= s)
        {
            throw reader.Error(field, ExportMessages.NotSpan);
        }
        return new TextSpan(s, e);
    }

    private static Rejection Rejection(DataNode node, int index, Dictionary<ArticleId, Article> articles, string sourcePath)
    {
        var rejection = FieldReader.Of(node, $"rejection {index + 1}", "rejections", sourcePath);
        var kind = Kind(rejection, "kind");
        var reasonText = rejection.NonEmptyText("reason");
        var reason = ExportNames.Parse<RejectionReason>(reasonText, ExportNames.Of)
            ?? throw rejection.Error("reason", ExportMessages.Unknown("reason", reasonText, ExportNames.All<RejectionReason>(ExportNames.Of).Select(r => r.Name)));
        var evidence = rejection.Optional("evidence") is { } e ? Evidence(FieldReader.Of(e, rejection.Where, "evidence", sourcePath), articles) : null;
        var result = new Rejection(kind, rejection.Text("candidate"), reason, rejection.Text("detail"), evidence);
        rejection.RejectUnknown();
        return result;
    }

    private static Article Article(DataNode node, int index, string sourcePath)
    {
        var article = FieldReader.Of(node, $"article {index + 1}", "articles", sourcePath);
        var id = article.NonEmptyText("id");
        article.Rename($"article '{id}'");
        var text = new StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var p in article.List("paragraphs"))
        {
            var paragraph = FieldReader.Of(p, article.Where, "paragraphs", sourcePath);
            var n = paragraph.Int("n");
            if (n != paragraphs.Count + 1)
            {
                throw paragraph.Error("n", ExportMessages.ParagraphOrder(paragraphs.Count + 1));
            }
            var body = paragraph.NonEmptyText("text");
            paragraph.RejectUnknown();
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            var start = text.Length;
            text.Append(body);
            paragraphs.Add(new Paragraph(new ParagraphNumber(n), new TextSpan(start, text.Length), body));
        }
        var noise = article.List("noise").Select(n =>
        {
            var line = FieldReader.Of(n, article.Where, "noise", sourcePath);
            var result = new NoiseLine(line.Int("line"), line.Text("text"), line.Text("reason"));
            line.RejectUnknown();
            return result;
        }).ToImmutableArray();
        var published = article.OptionalText("published");
        var result = new Article
        {
            Id = new ArticleId(id),
            File = article.NonEmptyText("file"),
            Label = new ArticleLabel(article.NonEmptyText("label")),
            Title = article.OptionalText("title"),
            Outlet = article.OptionalText("outlet"),
            Url = article.OptionalText("url"),
            Authors = [.. article.Texts("authors")],
            Editor = article.OptionalText("editor"),
            Published = published is null ? null : PublicationDate.TryParse(published) ?? throw article.Error("published", ExportMessages.BadDate(published)),
            Dateline = article.OptionalText("dateline"),
            Wire = [.. article.Texts("wire")],
            Language = Language(article, "language"),
            Text = text.ToString(),
            Paragraphs = paragraphs.ToImmutable(),
            Noise = noise,
        };
        article.RejectUnknown();
        return result;
    }

    private static ItemKind Kind(FieldReader reader, string field)
    {
        var text = reader.NonEmptyText(field);
        return ExportNames.Parse<ItemKind>(text, ExportNames.Of)
            ?? throw reader.Error(field, ExportMessages.Unknown("kind", text, ExportNames.All<ItemKind>(ExportNames.Of).Select(k => k.Name)));
    }

    private static ArticleLanguage Language(FieldReader reader, string field)
    {
        var text = reader.NonEmptyText(field);
        return ExportNames.Parse<ArticleLanguage>(text, ExportNames.Of)
            ?? throw reader.Error(field, ExportMessages.Unknown("language", text, ["id", "en"]));
    }
}
