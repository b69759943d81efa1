using System.Collections.Immutable;
using System.Globalization;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Reading;

namespace StudyKit.Pdf.Tests.TestData;

/// <summary>
/// A hand-built class pack: three short hand-written articles, one item of every <see cref="ItemKind"/>
/// (long quotes, a 500-character word, right-to-left, emoji and combining marks included), two variants with
/// shuffled choices and keys, and ten study cards.
/// </summary>
internal static class PackFixture
{
    /// <summary>A 500-character token with no break opportunity.</summary>
    public static string FiveHundred { get; } = string.Concat(Enumerable.Repeat("Kata", 125));

    /// <summary>Combining marks (decomposed é, a dot below), Hebrew, Arabic and emoji.</summary>
    public const string Mixed = "Cafe\u0301 Ba\u0323c, “kata Bu Siti”, שלום עולם, مرحبا 👩‍🏫 🎉 selesai.";

    public static Article ArticleA { get; } = Make(0, "banjir-semarang", "Banjir Rob Merendam Pesisir Semarang", "Warta Pesisir", new DateOnly(2024, 6, 20),
        ArticleLanguage.Id,
        "SEMARANG — Banjir rob kembali merendam permukiman di pesisir utara Semarang pada Kamis (20/6/2024) pagi.",
        "“Air datang lebih cepat daripada tahun lalu, dan kami belum sempat memindahkan barang,” kata Siti Aminah, warga Tambak Lorok, kepada wartawan.",
        "Kepala Badan Penanggulangan Bencana Daerah Kota Semarang, Budi Santoso, mengatakan ketinggian air mencapai 60 sentimeter di beberapa titik.",
        "Menurut Budi, pemerintah kota telah menyiapkan tiga pompa tambahan dan dapur umum bagi 1.200 warga yang terdampak.",
        "Seorang peneliti ITB, Dewi Lestari, menyebut penurunan muka tanah sebagai penyebab utama rob yang makin sering terjadi.");

    public static Article ArticleB { get; } = Make(1, "coastal-flooding", "Tidal Floods Swamp Semarang's Coast Again", "Harbour Times", new DateOnly(2024, 6, 21),
        ArticleLanguage.En,
        "SEMARANG, June 21 (Reuters) — Tidal flooding inundated homes along the northern coast of Semarang on Thursday, officials said.",
        "\"The water came faster than last year,\" resident Siti Aminah told Reuters, adding that her family had no time to move their belongings.",
        "Budi Santoso, head of the city's disaster agency, said the water reached 60 centimetres in some places.",
        "Land subsidence, not rainfall, is the main driver, according to researcher Dewi Lestari of the Bandung Institute of Technology.");

    public static Article ArticleC { get; } = Make(2, "pompa-tambahan", "Pemkot Tambah Pompa untuk Atasi Rob", "Kabar Kota", null,
        ArticleLanguage.Id,
        "Pemerintah Kota Semarang menambah tiga pompa air untuk mengatasi banjir rob di kawasan Tambak Lorok.",
        "“Kami menargetkan air surut dalam dua hari,” ujar Budi Santoso melalui keterangan tertulis yang diterima redaksi. " + Mixed,
        "Tautan laporan lengkap: " + FiveHundred);

    public static ImmutableArray<Article> Articles { get; } = [ArticleA, ArticleB, ArticleC];

    public static ClassPack Pack(ArticleLanguage language = ArticleLanguage.Id)
    {
        var items = Enum.GetValues<ItemKind>().Select(ItemFor).ToList();
        var questions = items.Where(i => i.Format != ItemFormat.Card).Concat(ExtraQuestions())
            .OrderBy(i => StudyKit.Pdf.Documents.WorksheetSections.Of(i.Kind)).ToList();
        var cards = items.Where(i => i.Format == ItemFormat.Card).Concat(ExtraCards()).ToImmutableArray();
        var bank = new ItemBank { Articles = Articles, Items = [.. items], Language = language };
        return new ClassPack
        {
            Bank = bank,
            Options = new PackOptions { Variants = 2, Seed = new Seed(2024), Questions = questions.Count },
            Variants = [Variant("A", questions, reverse: false), Variant("B", questions, reverse: true)],
            Cards = cards,
        };
    }

    /// <summary>A roster pack: one variant per student, the questions repeated <paramref name="rounds"/> times.</summary>
    public static ClassPack Roster(int students, int rounds)
    {
        var pack = Pack();
        var questions = Enumerable.Repeat(pack.Variants[0].Items.Select(i => i.Item), rounds).SelectMany(x => x).ToList();
        var variants = Enumerable.Range(1, students).Select(n =>
        {
            var code = n.ToString("00", CultureInfo.InvariantCulture);
            var student = new Student($"Nur ’Aini Rahmawati-Putri Siswa {code}", "XI IPS 2", code);
            return Variant(code, questions, reverse: n % 2 == 0) with { Student = student, FileStem = code + "-nur-aini" };
        });
        return pack with { Variants = [.. variants], Options = pack.Options with { Roster = [.. variants.Select(v => v.Student!)] } };
    }

    /// <summary>The item of <paramref name="kind"/>; the switch is exhaustive, so a new kind fails the build.</summary>
    public static Item ItemFor(ItemKind kind) => kind switch
    {
        ItemKind.WhoSaid => Choice(kind, "Siapa yang mengatakan kutipan ini?", Quote(ArticleA, 1),
            ["Siti Aminah", "Budi Santoso", "Dewi Lestari", "Ahmad Yani"], 0, ArticleA, "Air datang lebih cepat"),
        ItemKind.FactCloze => Choice(kind, "Berapa ketinggian air menurut BPBD Kota Semarang? “… mencapai ____ sentimeter di beberapa titik.”", null,
            ["60", "16", "120", "6"], 0, ArticleA, "ketinggian air mencapai 60 sentimeter"),
        ItemKind.AccordingToWhom => Choice(kind, "Menurut siapa penurunan muka tanah adalah penyebab utama rob?", null,
            ["Dewi Lestari, peneliti ITB", "Budi Santoso, Kepala BPBD", "Siti Aminah, warga", "Redaksi Kabar Kota"], 0, ArticleA, "Dewi Lestari"),
        ItemKind.WhichArticle => Choice(kind, "Artikel mana yang memuat kalimat berikut?", Quote(ArticleC, 0),
            ["Artikel C (Kabar Kota)", "Artikel A (Warta Pesisir)", "Artikel B (Harbour Times)"], 0, ArticleC, "menambah tiga pompa air"),
        ItemKind.WhichAgency => Choice(kind, "Kantor berita mana yang disebut dalam Artikel B?", null,
            ["Reuters", "AFP", "Antara", "AP"], 0, ArticleB, "(Reuters)"),
        ItemKind.QuoteVia => Choice(kind, "Melalui apa pernyataan Budi Santoso sampai ke Kabar Kota?", Quote(ArticleC, 1),
            ["Keterangan tertulis", "Wawancara langsung", "Konferensi pers", "Unggahan media sosial"], 0, ArticleC, "melalui keterangan tertulis"),
        ItemKind.WhichRewrites => Choice(kind, "Artikel mana yang tampaknya menulis ulang laporan kantor berita?", null,
            ["Tidak ada; Artikel B adalah laporan kantor berita itu sendiri", "Artikel A menulis ulang Artikel C", "Artikel C menulis ulang Artikel B"], 0, ArticleB, "(Reuters)"),
        ItemKind.RewriteChanges => Choice(kind, "Apa yang berubah ketika kutipan Siti Aminah dimuat ulang?", Quote(ArticleB, 1),
            ["Kutipan diterjemahkan dan dipersingkat", "Nama pembicara diganti", "Angka ketinggian air diubah"], 0, ArticleB, "The water came faster"),
        ItemKind.WhichReport => Choice(kind, "Artikel mana saja yang melaporkan ketinggian air 60 sentimeter?", null,
            ["Artikel A dan B", "Hanya Artikel A", "Hanya Artikel C", "Artikel B dan C"], 0, ArticleB, "60 centimetres"),
        ItemKind.QuoteWording => Choice(kind, "Pernyataan yang sama ditulis berbeda oleh dua media. Mengapa kata-katanya berbeda? " + Mixed, null,
            ["Artikel B menerjemahkan kutipan ke bahasa Inggris", "Pembicaranya berbeda", "Salah satu kutipan dikarang", "Kutipan diambil dari media sosial"], 0, ArticleA, "Air datang lebih cepat"),
        ItemKind.MatchQuotes => Match(kind, "Jodohkan kutipan dengan pembicaranya.",
            [new MatchPair("“Air datang lebih cepat daripada tahun lalu.”", "Siti Aminah"), new MatchPair("“Kami menargetkan air surut dalam dua hari.”", "Budi Santoso"),
             new MatchPair("Penurunan muka tanah adalah penyebab utama rob.", "Dewi Lestari")], ArticleA, "Siti Aminah"),
        ItemKind.MatchSources => Match(kind, "Jodohkan artikel dengan medianya.",
            [new MatchPair("Artikel A", "Warta Pesisir"), new MatchPair("Artikel B", "Harbour Times"), new MatchPair("Artikel C", "Kabar Kota")], ArticleC, "Pemerintah Kota Semarang"),
        ItemKind.TrueFalse => Choice(kind, "Budi Santoso mengatakan pemerintah kota menyiapkan lima pompa tambahan.", null,
            ["Benar", "Salah"], 1, ArticleA, "tiga pompa tambahan"),
        ItemKind.Discussion => new Item
        {
            Id = ItemId.Create(kind, "diskusi"), Kind = kind, Language = ArticleLanguage.Id,
            Prompt = "Bandingkan cara Artikel A dan Artikel B mengutip Siti Aminah. Mana yang lebih lengkap, dan bagaimana kamu tahu?",
            Stimulus = Quote(ArticleA, 1),
            Answer = "Siswa menyebut bahwa Artikel A memuat kutipan lengkap dalam bahasa Indonesia, sedangkan Artikel B menerjemahkan dan meringkasnya; bukti: A ¶2 dan B ¶2.",
            Evidence = [Evidence(ArticleA, "Air datang lebih cepat"), Evidence(ArticleB, "The water came faster")],
            Explanation = "Terima jawaban yang menyebut terjemahan atau peringkasan dengan bukti paragraf.",
        },
        ItemKind.QuoteCard => Card(kind, "“Air datang lebih cepat daripada tahun lalu.”", "Siti Aminah, warga Tambak Lorok (Artikel A)", ArticleA, "Air datang lebih cepat"),
        ItemKind.PersonCard => Card(kind, "Budi Santoso", "Kepala BPBD Kota Semarang; menyebut ketinggian air 60 cm dan tiga pompa tambahan.", ArticleA, "Budi Santoso"),
        ItemKind.TermCard => Card(kind, "Banjir rob", "Banjir karena air laut pasang yang menggenangi daratan pesisir. " + string.Concat(Enumerable.Repeat("Penjelasan yang sangat panjang untuk menguji pemotongan teks kartu. ", 40)), ArticleA, "Banjir rob"),
        ItemKind.FactCard => Card(kind, "Berapa warga terdampak yang dilayani dapur umum? " + Mixed, "1.200 warga", ArticleA, "1.200 warga"),
    };

    private static IEnumerable<Item> ExtraQuestions() => Enumerable.Range(1, 4).Select(i => Choice(ItemKind.WhoSaid,
        string.Create(CultureInfo.InvariantCulture, $"Siapa yang menyampaikan pernyataan berikut? (latihan {i})"),
        Quote(ArticleA, 2) + " " + Quote(ArticleA, 3),
        ["Budi Santoso, Kepala BPBD Kota Semarang", "Dewi Lestari, peneliti ITB yang meneliti penurunan muka tanah di pesisir utara Jawa", "Siti Aminah", "Juru bicara Harbour Times"],
        0, ArticleA, "Budi Santoso, mengatakan") with { Id = ItemId.Create(ItemKind.WhoSaid, "extra" + i.ToString(CultureInfo.InvariantCulture)) });

    private static IEnumerable<Item> ExtraCards() => Enumerable.Range(1, 6).Select(i => Card(ItemKind.FactCard,
        string.Create(CultureInfo.InvariantCulture, $"Fakta {i}: berapa pompa tambahan yang disiapkan?"), "Tiga pompa", ArticleC, "tiga pompa air")
        with { Id = ItemId.Create(ItemKind.FactCard, "extra" + i.ToString(CultureInfo.InvariantCulture)) });

    private static Variant Variant(string code, IReadOnlyList<Item> items, bool reverse)
    {
        var ordered = reverse ? items.Reverse().ToList() : items.ToList();
        var variantItems = ordered.Select((item, index) => Place(item, index + 1, reverse)).ToImmutableArray();
        return new Variant(code, null, "variant-" + code.ToLowerInvariant(), variantItems);
    }

    /// <summary>Variant A keeps the bank order; variant B rotates choices by one and reverses the matching options.</summary>
    private static VariantItem Place(Item item, int number, bool shuffle)
    {
        switch (item.Format)
        {
            case ItemFormat.MultipleChoice or ItemFormat.TrueFalse:
                var choices = shuffle && item.Format == ItemFormat.MultipleChoice ? item.Choices.Skip(1).Append(item.Choices[0]).ToImmutableArray() : item.Choices;
                var key = ((char)('A' + choices.IndexOf(choices.First(c => c.Correct)))).ToString();
                return new VariantItem { Number = number, Item = item, Choices = choices, Key = key };
            case ItemFormat.Matching:
                var options = item.Pairs.Select(p => p.Right).ToList();
                if (shuffle)
                {
                    options.Reverse();
                }
                var letters = item.Pairs.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}-{(char)('A' + options.IndexOf(p.Right))}"));
                return new VariantItem { Number = number, Item = item, MatchOptions = [.. options], Key = string.Join(" ", letters) };
            default:
                return new VariantItem { Number = number, Item = item, Key = string.Empty };
        }
    }

    private static Item Choice(ItemKind kind, string prompt, string? stimulus, string[] choices, int correct, Article article, string evidence) => new()
    {
        Id = ItemId.Create(kind, prompt), Kind = kind, Language = ArticleLanguage.Id, Prompt = prompt, Stimulus = stimulus,
        Choices = [.. choices.Select((c, i) => new Choice(c, i == correct))],
        Answer = choices[correct], Evidence = [Evidence(article, evidence)],
        Explanation = "Bukti ada di paragraf yang dikutip; pilihan lain tidak didukung teks.",
    };

    private static Item Match(ItemKind kind, string prompt, MatchPair[] pairs, Article article, string evidence) => new()
    {
        Id = ItemId.Create(kind, prompt), Kind = kind, Language = ArticleLanguage.Id, Prompt = prompt, Pairs = [.. pairs],
        Answer = string.Join("; ", pairs.Select(p => p.Left + " → " + p.Right)), Evidence = [Evidence(article, evidence)],
        Explanation = "Setiap pasangan tertulis di artikel sumber.",
    };

    private static Item Card(ItemKind kind, string front, string back, Article article, string evidence) => new()
    {
        Id = ItemId.Create(kind, front), Kind = kind, Language = ArticleLanguage.Id, Prompt = front, Answer = back,
        Evidence = [Evidence(article, evidence)], Explanation = string.Empty,
    };

    public static Evidence Evidence(Article article, string excerpt)
    {
        var start = article.Text.IndexOf(excerpt, StringComparison.Ordinal);
        return start < 0 ? throw new ArgumentException($"'{excerpt}' is not in {article.Id}.", nameof(excerpt))
            : Extraction.Evidence.Of(article, new TextSpan(start, start + excerpt.Length));
    }

    private static string Quote(Article article, int paragraph) => article.Paragraphs[paragraph].Text;

    private static Article Make(int index, string id, string title, string outlet, DateOnly? date, ArticleLanguage language, params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var list = new List<Paragraph>();
        var offset = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            list.Add(new Paragraph(new ParagraphNumber(i + 1), new TextSpan(offset, offset + paragraphs[i].Length), paragraphs[i]));
            offset += paragraphs[i].Length + 2;
        }
        return new Article
        {
            Id = new ArticleId(id), File = id + ".txt", Label = ArticleLabel.FromIndex(index), Title = title, Outlet = outlet,
            Published = date is null ? null : new PublicationDate(date.Value), Language = language, Text = text, Paragraphs = [.. list],
            Wire = language == ArticleLanguage.En ? ["Reuters"] : [],
        };
    }
}
