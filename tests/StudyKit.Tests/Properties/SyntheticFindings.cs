using System.Globalization;
using Bogus;
using StudyKit.Extraction;
using StudyKit.Reading;
using StudyKit.Tests.Items;

namespace StudyKit.Tests.Properties;

/// <summary>
/// Random but reproducible findings made with Bogus (<c>id_ID</c>, fixed seed): articles of quote, claim,
/// fact and term paragraphs by invented speakers, a rewrite of the first article, a reworded quote, wires
/// and "via" credits, some short quotes and sentences opening with a pronoun for the gates to catch.
/// </summary>
internal static class SyntheticFindings
{
    private static readonly string[] OfficialRoles = ["Menteri Luar Negeri", "juru bicara kementerian", "Wakil Presiden", "Duta Besar"];
    private static readonly string[] AnalystRoles = ["profesor di Universitas Nusantara", "peneliti lembaga pemikir", "analis pertahanan"];
    private static readonly string[] Wires = ["Reuters", "AFP", "Antara"];
    private static readonly string[] Units = ["kontainer", "ton", "orang"];
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static Findings Create(int seed)
    {
        var f = new Faker("id_ID") { Random = new Randomizer(seed) };
        // No Faker date is used (Bogus 34.0.2 has no DateTimeReference): dates are built from the Randomizer.
        var b = new FindingsBuilder();
        var speakers = Enumerable.Range(0, 8).Select(i => (Name: UniqueName(f, i), Role: i % 2 == 0 ? f.PickRandom(OfficialRoles) : f.PickRandom(AnalystRoles))).ToList();
        var cities = Enumerable.Range(0, 5).Select(i => f.Address.City() + " " + (char)('A' + i)).ToList();
        foreach (var city in cities)
        {
            b.Entity(city, EntityKind.Place);
        }
        var count = f.Random.Int(3, 6);
        var articles = new List<Article>();
        var firstQuotes = new List<Quote>();
        for (var i = 0; i < count; i++)
        {
            var paragraphs = new List<string>();
            var quotes = new List<(string Text, int Speaker, string? Via)>();
            var facts = new List<(string Sentence, string Answer, FactKind Kind, decimal? Value, string? Unit)>();
            var claims = new List<(string Sentence, string Content, int Speaker)>();
            for (var q = 0; q < f.Random.Int(2, 4); q++)
            {
                var s = f.Random.Int(0, speakers.Count - 1);
                var text = Words(f, f.Random.Int(2, 12)) + " nomor " + (i * 10 + q).ToString(CultureInfo.InvariantCulture);
                var via = f.Random.Bool(0.3f) ? f.PickRandom(Wires) : null;
                paragraphs.Add($"“{text},” kata {speakers[s].Name}, {speakers[s].Role}" + (via is null ? "." : $", seperti dikutip {via}."));
                quotes.Add((text, s, via));
            }
            var value = f.Random.Int(2, 60) * 500m;
            var unit = f.PickRandom(Units);
            var number = value.ToString("N0", Indonesian) + " " + unit;
            var date = $"{f.Random.Int(1, 28)}/{f.Random.Int(1, 12)}/2024";
            var numberSentence = $"Pemerintah {f.PickRandom(cities)} menerima {number} bantuan pada {date} dari kota {f.PickRandom(cities)}.";
            paragraphs.Add(numberSentence);
            facts.Add((numberSentence, number, FactKind.Number, value, unit));
            facts.Add((numberSentence, date, FactKind.Date, null, null));
            if (f.Random.Bool(0.4f))
            {
                var dangling = $"Ia mengatakan {f.Random.Int(3, 90).ToString(CultureInfo.InvariantCulture)} orang hadir dalam pertemuan itu.";
                paragraphs.Add(dangling);
                facts.Add((dangling, dangling.Split(' ')[2] + " orang", FactKind.Number, decimal.Parse(dangling.Split(' ')[2], CultureInfo.InvariantCulture), "orang"));
            }
            var claimant = f.Random.Int(0, speakers.Count - 1);
            var content = Words(f, f.Random.Int(6, 10)) + " tahap " + i.ToString(CultureInfo.InvariantCulture);
            var claimSentence = $"Menurut {speakers[claimant].Name}, {content}.";
            paragraphs.Add(claimSentence);
            claims.Add((claimSentence, content, claimant));
            var acronym = "KB" + (char)('A' + i);
            paragraphs.Add($"Kerja sama itu diawasi oleh komite bersama {f.Lorem.Word()} ({acronym}).");
            if (i == 1)
            {
                paragraphs.InsertRange(0, articles[0].Paragraphs.Take(2).Select(p => p.Text));
            }
            var article = b.Article($"{i:00}_{f.Random.AlphaNumeric(6)}", f.Company.CompanyName(), Words(f, 6),
                paragraphs, f.Random.Bool(0.6f) ? [f.PickRandom(Wires)] : [], i == count - 1 && count > 4 ? ArticleLanguage.En : ArticleLanguage.Id);
            articles.Add(article);
            foreach (var (text, s, via) in quotes)
            {
                var quote = b.Quote(article, text, speakers[s].Name, speakers[s].Role, speakers[s].Name, via);
                if (i == 0)
                {
                    firstQuotes.Add(quote);
                }
                else if (i == 2 && firstQuotes.Count > 0 && quotes[0].Text == text)
                {
                    b.Link(QuoteLinkRelation.Variant, firstQuotes[0], quote);
                }
            }
            foreach (var (sentence, answer, kind, v, u) in facts)
            {
                b.Fact(article, sentence, answer, kind, v, u);
            }
            foreach (var (sentence, claimContent, s) in claims)
            {
                b.Claim(article, sentence, claimContent, speakers[s].Name, speakers[s].Role, speakers[s].Name);
            }
            b.Term(article, acronym, "komite bersama " + article.Text.Split("komite bersama ")[1].Split(' ')[0]);
        }
        var copy = articles[1];
        var source = articles[0];
        b.Reuse(copy, source, ReuseRelation.Rewrite,
            [.. source.Paragraphs.Take(2).Select(p => (p.Text, p.Text))],
            [.. source.Paragraphs.Skip(2).Select(p => p.Text)]);
        return b.Build();
    }

    private static string Words(Faker f, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => f.Lorem.Word()));

    private static string UniqueName(Faker f, int index) =>
        f.Name.FirstName() + " " + f.Name.LastName() + (char)('a' + index);
}
