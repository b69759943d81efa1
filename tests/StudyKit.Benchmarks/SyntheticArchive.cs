using System.Globalization;
using System.Text;
using Bogus;
using StudyKit.Reading;

namespace StudyKit.Benchmarks;

/// <summary>
/// A synthetic news archive made with Bogus (id_ID, fixed seed): articles of realistic size (8–20
/// paragraphs) and quote density (about one quote in three paragraphs), with planted copies: every
/// tenth article republishes most of an earlier one.
/// </summary>
public static class SyntheticArchive
{
    private static readonly string[] Verbs = ["kata", "ujar", "ungkap", "tegas", "jelas"];
    private static readonly string[] Roles = ["Menteri Luar Negeri", "Juru bicara kepolisian", "Gubernur", "Direktur Utama", "pengamat politik"];

    public sealed record Planted(string Copy, string Source);

    public static (IReadOnlyList<SourceDocument> Documents, IReadOnlyList<Planted> Copies) Create(int count, int seed = 7)
    {
        var faker = new Faker("id_ID") { Random = new Randomizer(seed) };
        var documents = new List<SourceDocument>(count);
        var copies = new List<Planted>();
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"art{i:00000}.txt");
            if (i % 10 == 9)
            {
                var source = documents[faker.Random.Number(Math.Max(0, i - 9), i - 1)];
                documents.Add(new SourceDocument(name, Republish(source.Text, faker)));
                copies.Add(new Planted(Path.GetFileNameWithoutExtension(name), Path.GetFileNameWithoutExtension(source.Path)));
                continue;
            }
            documents.Add(new SourceDocument(name, Article(faker)));
        }
        return (documents, copies);
    }

    private static string Article(Faker faker)
    {
        var text = new StringBuilder();
        text.Append(faker.Lorem.Sentence(8).TrimEnd('.')).Append("\n\n");
        text.Append(faker.Address.City().ToUpperInvariant()).Append(" - ");
        var paragraphs = faker.Random.Number(8, 20);
        for (var p = 0; p < paragraphs; p++)
        {
            if (faker.Random.Number(0, 2) == 0)
            {
                text.Append('\u201c').Append(faker.Lorem.Sentence(12)).Append(",\u201d ")
                    .Append(faker.PickRandom(Verbs)).Append(' ').Append(faker.PickRandom(Roles)).Append(' ').Append(faker.Name.FullName()).Append('.');
            }
            else
            {
                text.Append(faker.Lorem.Sentences(faker.Random.Number(2, 4), " "))
                    .Append(" Nilainya mencapai ").Append(faker.Random.Number(2, 90_000).ToString("N0", CultureInfo.GetCultureInfo("id-ID"))).Append(" orang.");
            }
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Republish(string source, Faker faker)
    {
        var paragraphs = source.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var kept = paragraphs.Where((_, index) => index < 2 || faker.Random.Number(0, 9) < 8);
        return string.Join("\n\n", kept) + "\n\n" + faker.Lorem.Paragraph() + "\n";
    }
}
