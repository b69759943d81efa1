using System.Globalization;
using System.Text;
using Bogus;
using StudyKit.Reading;

namespace StudyKit.Benchmarks;

/// <summary>
/// A synthetic news archive made with Bogus (id_ID, fixed seed): articles of realistic size (8–20
/// paragraphs) and quote density (about one quote in three paragraphs), over a realistic vocabulary:
/// Indonesian function words first, then some 8,000 content words drawn Zipf-like (rank⁻¹), with people's
/// names, places and numbers. Every tenth article is a planted copy of an earlier one, made the way outlets
/// republish: its own headline, dateline and lead on top, then most of the source's paragraphs, some
/// trimmed, a few dropped.
/// </summary>
public static class SyntheticArchive
{
    private static readonly string[] Verbs = ["kata", "ujar", "ungkap", "tegas", "jelas"];
    private static readonly string[] Roles = ["Menteri Luar Negeri", "Juru bicara kepolisian", "Gubernur", "Direktur Utama", "pengamat politik"];

    private static readonly string[] FunctionWords =
    [
        "yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "dalam", "akan", "pada", "juga",
        "ke", "karena", "tersebut", "bisa", "ada", "mereka", "lebih", "sudah", "atau", "saat", "oleh", "menjadi",
        "telah", "para", "kami", "masih", "harus", "namun", "bahwa", "hanya", "setelah", "sebagai", "tahun",
    ];

    private const int ContentWords = 8_000;

    public sealed record Planted(string Copy, string Source);

    public static (IReadOnlyList<SourceDocument> Documents, IReadOnlyList<Planted> Copies) Create(int count, int seed = 7)
    {
        var faker = new Faker("id_ID") { Random = new Randomizer(seed) };
        var words = new Vocabulary(faker);
        var documents = new List<SourceDocument>(count);
        var copies = new List<Planted>();
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"art{i:00000}.txt");
            if (i % 10 == 9)
            {
                var source = documents[faker.Random.Number(Math.Max(0, i - 9), i - 1)];
                documents.Add(new SourceDocument(name, Republish(source.Text, faker, words)));
                copies.Add(new Planted(Path.GetFileNameWithoutExtension(name), Path.GetFileNameWithoutExtension(source.Path)));
                continue;
            }
            documents.Add(new SourceDocument(name, Article(faker, words)));
        }
        return (documents, copies);
    }

    private static string Article(Faker faker, Vocabulary words)
    {
        var text = new StringBuilder();
        text.Append(Headline(faker, words)).Append("\n\n");
        text.Append(faker.Address.City().ToUpperInvariant()).Append(" - ");
        var paragraphs = faker.Random.Number(8, 20);
        for (var p = 0; p < paragraphs; p++)
        {
            if (faker.Random.Number(0, 2) == 0)
            {
                text.Append('\u201c').Append(words.Sentence(faker, 12).TrimEnd('.')).Append(",\u201d ")
                    .Append(faker.PickRandom(Verbs)).Append(' ').Append(faker.PickRandom(Roles)).Append(' ').Append(faker.Name.FullName()).Append('.');
            }
            else
            {
                for (var s = faker.Random.Number(2, 4); s > 0; s--)
                {
                    text.Append(words.Sentence(faker, faker.Random.Number(10, 22))).Append(' ');
                }
                text.Append("Nilainya mencapai ").Append(faker.Random.Number(2, 90_000).ToString("N0", CultureInfo.GetCultureInfo("id-ID"))).Append(" orang.");
            }
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Headline(Faker faker, Vocabulary words) => words.Sentence(faker, 8).TrimEnd('.');

    /// <summary>A republished copy: a new headline, dateline and lead of its own on top, then the source's body
    /// (its dateline dropped) with about one paragraph in ten left out and some cut to their first sentence.</summary>
    private static string Republish(string source, Faker faker, Vocabulary words)
    {
        var paragraphs = source.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder();
        text.Append(Headline(faker, words)).Append("\n\n");
        text.Append(faker.Address.City().ToUpperInvariant()).Append(" - ")
            .Append(words.Sentence(faker, 18)).Append(' ').Append(words.Sentence(faker, 14)).Append("\n\n");
        var body = paragraphs[1];
        var dash = body.IndexOf(" - ", StringComparison.Ordinal);
        paragraphs[1] = dash >= 0 ? body[(dash + 3)..] : body;
        for (var p = 1; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            if (p > 2 && faker.Random.Number(0, 9) == 0)
            {
                continue;
            }
            if (paragraph[0] != '\u201c' && faker.Random.Number(0, 4) == 0)
            {
                var stop = paragraph.IndexOf(". ", StringComparison.Ordinal);
                paragraph = stop > 0 ? paragraph[..(stop + 1)] : paragraph;
            }
            text.Append(paragraph).Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>Function words, then generated content words, drawn with Zipf-like frequencies, plus names and numbers.</summary>
    private sealed class Vocabulary
    {
        private static readonly string[] Onsets = ["b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny", "st", "tr", "pr", "kr"];
        private static readonly string[] Vowels = ["a", "i", "u", "e", "o", "a", "i", "a"];
        private static readonly string[] Codas = ["", "", "", "n", "ng", "k", "r", "s", "l", "h", "t"];

        private readonly string[] _words;
        private readonly double[] _cumulative;

        public Vocabulary(Faker faker)
        {
            var seen = new HashSet<string>(FunctionWords, StringComparer.Ordinal);
            var words = new List<string>(FunctionWords);
            while (words.Count < FunctionWords.Length + ContentWords)
            {
                var word = new StringBuilder();
                for (var s = faker.Random.Number(2, 4); s > 0; s--)
                {
                    word.Append(faker.PickRandom(Onsets)).Append(faker.PickRandom(Vowels)).Append(faker.PickRandom(Codas));
                }
                if (seen.Add(word.ToString()))
                {
                    words.Add(word.ToString());
                }
            }
            _words = [.. words];
            _cumulative = new double[_words.Length];
            var total = 0.0;
            for (var r = 0; r < _words.Length; r++)
            {
                total += 1.0 / (r + 1);
                _cumulative[r] = total;
            }
            for (var r = 0; r < _words.Length; r++)
            {
                _cumulative[r] /= total;
            }
        }

        /// <summary>A sentence of about <paramref name="length"/> words: Zipf words, now and then a name, a place or a number.</summary>
        public string Sentence(Faker faker, int length)
        {
            var text = new StringBuilder();
            for (var w = 0; w < length; w++)
            {
                var roll = faker.Random.Number(0, 39);
                var word = roll switch
                {
                    0 => faker.Name.LastName(),
                    1 => faker.Address.City(),
                    2 => faker.Random.Number(2, 2_000).ToString(CultureInfo.InvariantCulture),
                    _ => Draw(faker),
                };
                if (w == 0)
                {
                    word = char.ToUpperInvariant(word[0]) + word[1..];
                }
                text.Append(word).Append(w + 1 < length ? ' ' : '.');
            }
            return text.ToString();
        }

        private string Draw(Faker faker)
        {
            var index = Array.BinarySearch(_cumulative, faker.Random.Double());
            return _words[Math.Min(index < 0 ? ~index : index, _words.Length - 1)];
        }
    }
}
