using System.Text.Json;
using StudyKit.Reading;
using StudyKit.Tests.Devset;
using StudyKit.Tests.TestData;

namespace StudyKit.Tests.Reading;

/// <summary>Line-level noise precision and recall against annotated noise (seeds here, devset from gold.json).</summary>
public sealed class NoiseEvaluationTests
{
    // The seeds' noise lines as annotated (the seeds live in the repository).
    private static readonly Dictionary<string, string[]> SeedNoise = new(StringComparer.Ordinal)
    {
        ["000_223a340c352cfb23.txt"] = ["by -183 Views"],
        ["001_24db7247ff5575ea.txt"] =
        [
            "Tampang", "20 Jun 2024 18:34 wib. 242", "0 0", "Putin dan Kim Jong Un Teken Pakta Pertahanan, AS Cs Panik",
            "Sumber foto: Voa", "<123>", "#HOT", "0 Komentar",
            "Belum ada komentar di artikel ini, jadilah yang pertama untuk memberikan komentar.", "BERITA TERKAIT",
            "BACA BERITA LAINNYA", "POLLING",
            "Apakah Indonesia Menuju Indonesia Emas atau Cemas? Dengan program pendidikan rakyat seperti sekarang.",
        ],
        ["002_ca9d3f8b50724d8b.txt"] =
        [
            "• News",
            "Setelah 24 Tahun Hari Ini Putin Kunjungi Korea Utara, Gedung Putih Merasa Terganggu Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menghadiri pertemuan di wilayah Amur timur jauh, Rusia, 13 September 2023. KCNA via REUTERS",
        ],
        ["003_7c45ee597c59f3c9.txt"] =
        [
            "Baca Juga: Putin dan Kim Berpelukan di Korut, Bersumpah Ciptakan Dunia Multipolar yang Baru",
            "Baca Juga: Konflik di Timur Tengah kembali Memanas, Harga Komoditas Energi Kompak Menguat",
        ],
        ["004_ab9932dc915c3f2e.txt"] =
        [
            "MEMBACA Biden akan menurunkan biaya obat dengan hukuman inflasi",
            "MEMBACA Rishi Sunak Mundur dari Reformasi Drastis Visa Sarjana",
            "MEMBACA Marcos di Filipina meningkatkan keamanan maritim saat ketegangan dengan China meningkat menurut Reuters",
        ],
    };

    [Fact]
    public void Seeds_Noise_MatchesAnnotationExactly()
    {
        var score = Score(Seeds.Corpus().Articles, SeedNoise);

        Assert.Equal(score.Gold, score.Found);
        Assert.Equal(score.Gold, score.Matched);
    }

    [Fact]
    public void SeedsAndDevset_Noise_PrecisionAtLeast098RecallAtLeast095()
    {
        var devset = SharedFolder.DevsetOrSkip();
        var expected = new Dictionary<string, string[]>(SeedNoise, StringComparer.Ordinal);
        var documents = Seeds.Documents.ToList();
        foreach (var file in Gold.Files(devset).Where(f => f.Path.StartsWith("devset/", StringComparison.Ordinal)))
        {
            expected[file.File] = [.. file.NoiseLines, .. file.NoiseSpans];
            var path = Path.Combine(devset, "articles", file.File);
            documents.Add(new SourceDocument(file.File, File.ReadAllText(path)));
        }

        var score = Score(new CorpusReader().Read(documents).Articles, expected);

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "reading-noise-evaluation.txt"),
            $"noise lines: gold {score.Gold}, found {score.Found}, matched {score.Matched}; P {score.Precision:F3} R {score.Recall:F3}");
        Assert.True(score.Precision >= 0.98, $"precision {score.Precision:F3} < 0.98");
        Assert.True(score.Recall >= 0.95, $"recall {score.Recall:F3} < 0.95");
    }

    private static NoiseScore Score(IEnumerable<Article> articles, IReadOnlyDictionary<string, string[]> expected)
    {
        int gold = 0, found = 0, matched = 0;
        foreach (var article in articles)
        {
            var want = expected.GetValueOrDefault(article.File, []).Select(Normalise).ToList();
            var got = article.Noise.Select(n => Normalise(n.Text)).ToList();
            gold += want.Count;
            found += got.Count;
            foreach (var line in got)
            {
                if (want.Remove(line))
                {
                    matched++;
                }
            }
        }
        return new NoiseScore(gold, found, matched);
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private sealed record NoiseScore(int Gold, int Found, int Matched)
    {
        public double Precision => Found == 0 ? 1 : (double)Matched / Found;

        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
    }
}
