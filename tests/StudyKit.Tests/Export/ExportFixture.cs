using System.Collections.Immutable;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Reading;

namespace StudyKit.Tests.Export;

/// <summary>
/// A hand-built bank (three articles, one item of every kind, hostile text everywhere) and a two-variant pack
/// with shuffled choices and keys, so that the exports can be tested before the generators and the packer
/// exist. The sentences are written for the tests.
/// </summary>
internal static class ExportFixture
{
    /// <summary>Text that breaks naive writers of every format.</summary>
    public const string Hostile = "“{kurung}” ~ tilde = sama # pagar : titik <b>tebal</b> & dan ]]> akhir \\ miring";

    public static readonly Article Kontan = MakeArticle("001_kontan", "A", "Ekspor naik 12,5% & “stabil”", "Kontan", ArticleLanguage.Id,
        "JAKARTA. Menteri Perdagangan Budi Santoso mengatakan ekspor naik 12,5% pada Juni 2024.",
        "“Kami optimistis {target} tercapai ~ 100%,” kata Budi Santoso kepada wartawan, Rabu (19/6/2024).",
        "Sumber: Reuters. Ekonom menilai angka itu <wajar> & sesuai ]]> perkiraan \\ pasar.");

    public static readonly Article Reuters = MakeArticle("002_reuters", "B", "Exports rise = good news?", "Reuters", ArticleLanguage.En,
        "SEOUL (Reuters) - Exports rose 12.5% in June, the trade minister said on Wednesday.",
        "\"We are optimistic the target: #1 will be met,\" Budi Santoso told reporters.",
        "Analysts said the ICBM (intercontinental ballistic missile) test did not affect trade.");

    public static readonly Article Tampang = MakeArticle("003_tampang", "C", null, null, ArticleLanguage.Id,
        "Ekspor naik 12,5% pada Juni, kata menteri perdagangan seperti dikutip Reuters.",
        "Menurut para ekonom, kenaikan itu didorong harga komoditas.");

    public static ImmutableArray<Article> Articles { get; } = [Kontan, Reuters, Tampang];

    public static Article MakeArticle(string id, string label, string? title, string? outlet, ArticleLanguage language, params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var list = ImmutableArray.CreateBuilder<Paragraph>();
        var start = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            list.Add(new Paragraph(new ParagraphNumber(i + 1), new TextSpan(start, start + paragraphs[i].Length), paragraphs[i]));
            start += paragraphs[i].Length + 2;
        }
        return new Article
        {
            Id = new ArticleId(id),
            File = id + ".txt",
            Label = new ArticleLabel(label),
            Title = title,
            Outlet = outlet,
            Authors = outlet is null ? [] : ["Ratih Waseso"],
            Published = new PublicationDate(new DateOnly(2024, 6, 19), new TimeOnly(18, 34), TimeSpan.FromHours(7)),
            Dateline = outlet is null ? null : "JAKARTA",
            Wire = outlet == "Kontan" ? ["Reuters"] : [],
            Language = language,
            Text = text,
            Paragraphs = list.ToImmutable(),
            Noise = [new NoiseLine(4, "Baca Juga: Harga emas = naik", "related-link")],
        };
    }

    public static Evidence Find(Article article, string excerpt)
    {
        var start = article.Text.IndexOf(excerpt, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{excerpt}' is not in {article.Id}");
        return Evidence.Of(article, new TextSpan(start, start + excerpt.Length));
    }

    /// <summary>One item of <paramref name="kind"/>. The switch is exhaustive: a new kind fails the build here.</summary>
    public static Item ItemOf(ItemKind kind) => kind switch
    {
        ItemKind.WhoSaid => Choice(kind, "Siapa yang mengatakan kutipan ini? " + Hostile,
            "Kami optimistis {target} tercapai ~ 100%", ["Budi Santoso", "=SUM(A1:A9)", "+62 812 \"Joko\"", "-5 persen, @admin"], Find(Kontan, "Kami optimistis {target} tercapai ~ 100%")),
        ItemKind.FactCloze => Choice(kind, "Ekspor naik ____ pada Juni 2024.", null, ["12,5%", "11.000", "%2,5 (turun)", "100%"], Find(Kontan, "ekspor naik 12,5% pada Juni 2024")),
        ItemKind.AccordingToWhom => Choice(kind, "According to whom did exports rise?", null, ["the trade minister", "analysts", "Reuters"], Find(Reuters, "Exports rose 12.5% in June, the trade minister said")),
        ItemKind.WhichArticle => Choice(kind, "Artikel mana yang memuat kalimat ini?", "Ekonom menilai angka itu <wajar> & sesuai ]]> perkiraan \\ pasar.",
            ["Artikel A (Kontan)", "Artikel B (Reuters)", "Artikel C"], Find(Kontan, "Ekonom menilai angka itu <wajar> & sesuai ]]> perkiraan \\ pasar.")),
        ItemKind.WhichAgency => Choice(kind, "Kantor berita mana yang disebut artikel A?", null, ["Reuters", "AFP", "Antara"], Find(Kontan, "Sumber: Reuters")),
        ItemKind.QuoteVia => Choice(kind, "Melalui siapa kutipan menteri sampai ke artikel C?", null, ["Reuters", "Tass"], Find(Tampang, "seperti dikutip Reuters")),
        ItemKind.WhichRewrites => Choice(kind, "Artikel mana yang menulis ulang artikel B?", null, ["Artikel C", "Artikel A"], Find(Tampang, "Ekspor naik 12,5% pada Juni")),
        ItemKind.RewriteChanges => Choice(kind, "Apa yang dihilangkan artikel C dari artikel B?", null, ["Kutipan menteri", "Angka ekspor"], Find(Reuters, "We are optimistic the target: #1 will be met")),
        ItemKind.WhichReport => Choice(kind, "Artikel mana yang melaporkan angka 12,5%?", null, ["A, B dan C", "Hanya A"], Find(Kontan, "12,5%"), Find(Reuters, "12.5%")),
        ItemKind.QuoteWording => Choice(kind, "Why do A and B word the minister's quote differently?", null, ["B translates it", "A invents it"], Find(Reuters, "We are optimistic the target: #1 will be met")),
        ItemKind.MatchQuotes => Matching(kind, "Pasangkan kutipan dengan pembicaranya.",
            [new MatchPair("Kami optimistis -> {target}", "Budi Santoso"), new MatchPair("We are optimistic: #1", "Budi Santoso & staf"), new MatchPair("Ekonom <menilai>", "Para ekonom")],
            Find(Kontan, "Kami optimistis {target} tercapai ~ 100%")),
        ItemKind.MatchSources => Matching(kind, "Match each article with its outlet.",
            [new MatchPair("Article A", "Kontan"), new MatchPair("Article B", "Reuters")], Find(Reuters, "SEOUL (Reuters)")),
        ItemKind.TrueFalse => Choice(kind, "Budi Santoso berbicara kepada wartawan pada hari Rabu.", null, ["Benar", "Salah"], Find(Kontan, "kata Budi Santoso kepada wartawan, Rabu (19/6/2024)")),
        ItemKind.Discussion => Plain(kind, "Bandingkan judul artikel A dan B.\nApa yang ditekankan masing-masing?",
            "Perhatikan: A menekankan optimisme = target; B bertanya #1.\tBahas tanda tanya.", Find(Kontan, "Kami optimistis {target} tercapai ~ 100%"), Find(Reuters, "Exports rose 12.5%")),
        ItemKind.QuoteCard => Plain(kind, "Siapa yang mengatakan: " + Hostile, "Budi Santoso, Menteri Perdagangan", Find(Kontan, "Kami optimistis {target} tercapai ~ 100%")),
        ItemKind.PersonCard => Plain(kind, "Budi Santoso", "Menteri Perdagangan;\nberkata ekspor naik\t12,5%", Find(Kontan, "Menteri Perdagangan Budi Santoso")),
        ItemKind.TermCard => Plain(kind, "ICBM", "=intercontinental ballistic missile", Find(Reuters, "ICBM (intercontinental ballistic missile)")),
        ItemKind.FactCard => Plain(kind, "Berapa kenaikan ekspor Juni 2024?", "12,5%", Find(Kontan, "ekspor naik 12,5%")),
    };

    /// <summary>A true/false item whose statement is false (the key is the second choice).</summary>
    public static Item FalseStatement() => Choice(ItemKind.TrueFalse, "Artikel C menyebut nama menteri.", null, ["Benar", "Salah"], Find(Tampang, "kata menteri perdagangan")) with
    {
        Id = ItemId.Create(ItemKind.TrueFalse, "false-statement"),
        Choices = [new Choice("Benar", false), new Choice("Salah", true)],
        Answer = "Salah",
    };

    public static ItemBank Bank(IEnumerable<Item>? items = null) => new()
    {
        Articles = Articles,
        Items = [.. (items ?? Enum.GetValues<ItemKind>().Select(ItemOf).Append(FalseStatement())).OrderBy(i => i.Kind).ThenBy(i => i.Id)],
        Rejections = [new Rejection(ItemKind.WhoSaid, "“Ya,” katanya.", RejectionReason.QuoteTooShort, "the quote has 1 word", Find(Kontan, "Kami optimistis")),
            new Rejection(ItemKind.FactCloze, "Ekspor naik ____", RejectionReason.DuplicateChoices, "two choices are equal", null)],
        Language = ArticleLanguage.Id,
    };

    /// <summary>Two variants: A in bank order, B reversed; choices rotated differently per variant.</summary>
    public static ClassPack Pack(ItemBank? bank = null)
    {
        bank ??= Bank();
        var questions = bank.Items.Where(i => i.Format != ItemFormat.Card).ToList();
        var variants = Enumerable.Range(0, 2).Select(v =>
        {
            var order = v == 0 ? questions : Enumerable.Reverse(questions).ToList();
            var entries = order.Select((item, n) => Entry(item, n + 1, v + n + 1)).ToImmutableArray();
            var code = ((char)('A' + v)).ToString();
            return new Variant(code, v == 1 ? new Student("Siti Nur'aini, \"=Ketua\"", "X-2", "07") : null, "variant-" + code, entries);
        }).ToImmutableArray();
        return new ClassPack
        {
            Bank = bank,
            Options = new PackOptions { Variants = 2, Questions = questions.Count, Seed = new Seed(7) },
            Variants = variants,
            Cards = [.. bank.Items.Where(i => i.Format == ItemFormat.Card)],
        };
    }

    private static VariantItem Entry(Item item, int number, int rotation)
    {
        switch (item.Format)
        {
            case ItemFormat.MultipleChoice or ItemFormat.TrueFalse:
                var shift = item.Format == ItemFormat.TrueFalse ? 0 : rotation % item.Choices.Length;
                var choices = item.Choices.Skip(shift).Concat(item.Choices.Take(shift)).ToImmutableArray();
                var key = ((char)('A' + choices.IndexOf(choices.Single(c => c.Correct)))).ToString();
                return new VariantItem { Number = number, Item = item, Choices = choices, Key = key };
            case ItemFormat.Matching:
                var rights = item.Pairs.Select(p => p.Right).Reverse().ToImmutableArray();
                var letters = item.Pairs.Select((p, i) => $"{i + 1}-{(char)('A' + rights.IndexOf(p.Right))}");
                return new VariantItem { Number = number, Item = item, MatchOptions = rights, Key = string.Join(' ', letters) };
            default:
                return new VariantItem { Number = number, Item = item, Key = string.Empty };
        }
    }

    private static Item Choice(ItemKind kind, string prompt, string? stimulus, string[] choices, params Evidence[] evidence) => new()
    {
        Id = ItemId.Create(kind, evidence[0].Article + "|" + evidence[0].Span.Start),
        Kind = kind,
        Language = evidence[0].Article == Reuters.Id ? ArticleLanguage.En : ArticleLanguage.Id,
        Prompt = prompt,
        Stimulus = stimulus,
        Choices = [.. choices.Select((c, i) => new Choice(c, i == 0))],
        Answer = choices[0],
        Evidence = [.. evidence],
        Explanation = "Lihat paragraf " + evidence[0].Paragraph + ": " + Hostile,
        Tags = [.. new[] { evidence[0].Article.Value, "Budi Santoso" }.Order(StringComparer.Ordinal)],
    };

    private static Item Matching(ItemKind kind, string prompt, MatchPair[] pairs, Evidence evidence) =>
        Choice(kind, prompt, null, ["unused", "unused too"], evidence) with
        {
            Choices = [],
            Pairs = [.. pairs],
            Answer = string.Join("; ", pairs.Select(p => p.Left + " → " + p.Right)),
        };

    private static Item Plain(ItemKind kind, string prompt, string answer, params Evidence[] evidence) =>
        Choice(kind, prompt, null, ["unused", "unused too"], evidence) with { Choices = [], Answer = answer };
}
