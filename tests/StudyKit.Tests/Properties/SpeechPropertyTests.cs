using System.Text;
using Bogus;
using StudyKit.Extraction;
using StudyKit.Tests.Extraction.Speech;

namespace StudyKit.Tests.Properties;

/// <summary>
/// Invariants of speech extraction over synthetic Indonesian articles built by Bogus (<c>id_ID</c>, fixed seeds):
/// quotes planted in every pattern are found with the right speaker, every excerpt equals its span, and a rerun
/// gives identical findings.
/// </summary>
public sealed class SpeechPropertyTests
{
    private sealed record Planted(string Text, string Speaker);

    private static (StudyKit.Reading.Corpus Corpus, List<Planted> Planted) Build(int seed)
    {
        var faker = new Faker("id_ID") { Random = new Randomizer(seed) };
        var articles = new List<StudyKit.Reading.Article>();
        var planted = new List<Planted>();
        for (var a = 0; a < 4; a++)
        {
            var paragraphs = new List<string>();
            for (var p = 0; p < 4; p++)
            {
                var name = $"{faker.Name.FirstName()} {faker.Name.LastName()}";
                var first = Quote(faker);
                var second = Quote(faker);
                paragraphs.Add(Narrative(faker));
                switch (faker.Random.Int(0, 3))
                {
                    case 0:
                        paragraphs.Add($"{Narrative(faker)} “{first},” kata {name}.");
                        paragraphs.Add($"“{second},” katanya.");
                        break;
                    case 1:
                        paragraphs.Add($"{name} mengatakan: “{first}.”");
                        paragraphs.Add($"“{second}.”");
                        break;
                    case 2:
                        paragraphs.Add($"\"{first},\" ujar {name}. \"{second}.\"");
                        break;
                    default:
                        paragraphs.Add($"\"{first},\" {name} said.");
                        paragraphs.Add($"\"{second},\" he said.");
                        break;
                }
                planted.Add(new Planted(first, name));
                planted.Add(new Planted(second, name));
            }
            articles.Add(SpeechCorpus.Article(string.Join("\n\n", paragraphs), a));
        }
        return (SpeechCorpus.Of([.. articles]), planted);
    }

    private static string Quote(Faker faker) => Capitalise(string.Join(' ', faker.Lorem.Words(faker.Random.Int(5, 9))));

    private static string Narrative(Faker faker) => Capitalise(string.Join(' ', faker.Lorem.Words(faker.Random.Int(6, 12)))) + ".";

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    public void SyntheticArticles_PlantedQuotes_FoundWithTheirSpeakers(int seed)
    {
        var (corpus, planted) = Build(seed);
        var findings = new FindingsExtractor().Extract(corpus);
        foreach (var p in planted)
        {
            var quote = findings.Quotes.FirstOrDefault(q => q.Text.TrimEnd(',', '.') == p.Text);
            Assert.True(quote is not null, $"planted quote not found: {p.Text}");
            Assert.Equal(p.Speaker, quote.Speaker?.Name);
        }
        Assert.Equal(planted.Count, findings.Quotes.Length);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(99)]
    public void SyntheticArticles_EveryFinding_ExcerptEqualsSpan(int seed)
    {
        var (corpus, _) = Build(seed);
        var findings = new FindingsExtractor().Extract(corpus);
        var evidence = findings.Quotes.Select(q => q.Evidence).Concat(findings.Claims.Select(c => c.Evidence));
        Assert.All(evidence, e => Assert.Equal(corpus[e.Article].Text[e.Span.Start..e.Span.End], e.Excerpt));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(11)]
    public void SyntheticArticles_Rerun_GivesIdenticalFindings(int seed)
    {
        Assert.Equal(Serialise(new FindingsExtractor().Extract(Build(seed).Corpus)), Serialise(new FindingsExtractor().Extract(Build(seed).Corpus)));
    }

    [Theory]
    [InlineData(13)]
    [InlineData(77)]
    public void NoisyArticles_StrayMarksAndCues_NeverThrowAndKeepSpans(int seed)
    {
        // Odd marks, tokenised spacing and dangling cues, as in scraped sources: repaired locally, never fatal.
        var random = new Randomizer(seed);
        string[] pieces = ["\"", "“", "”", "‘", "’", "«", "»", " , ", " . ", ": ", "katanya", "kata", "said", "he", "Menurut",
            "Budi Santoso", "Kim", "mengatakan", "bahwa", "(SPA)", "dilansirdetikNews", "\n\n", "itu", "the", "Mr", "Lord"];
        var articles = Enumerable.Range(0, 5).Select(i =>
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Int(20, 120)).Select(_ => random.ArrayElement(pieces)));
            return SpeechCorpus.Article("Judul\n\n" + text + " selesai.", i);
        }).ToArray();
        var corpus = SpeechCorpus.Of(articles);
        var findings = new FindingsExtractor().Extract(corpus);
        var evidence = findings.Quotes.Select(q => q.Evidence).Concat(findings.Claims.Select(c => c.Evidence));
        Assert.All(evidence, e => Assert.Equal(corpus[e.Article].Text[e.Span.Start..e.Span.End], e.Excerpt));
        Assert.Equal(findings.Entities.Select(e => e.Id.Value).Order(StringComparer.Ordinal), findings.Entities.Select(e => e.Id.Value));
    }

    private static string Serialise(Findings findings)
    {
        var sb = new StringBuilder();
        foreach (var q in findings.Quotes)
        {
            sb.Append($"{q.Id}|{q.Evidence.Span}|{q.Speaker}|{q.SpeakerAsWritten}|{q.Via}|{q.Pattern}|{q.Partial}\n");
        }
        foreach (var e in findings.Entities)
        {
            sb.Append($"{e.Id}|{e.Name}|{e.Kind}|{string.Join(',', e.Aliases)}|{string.Join(',', e.Roles)}|{string.Join(',', e.Articles)}\n");
        }
        foreach (var c in findings.Claims)
        {
            sb.Append($"{c.Evidence.Span}|{c.Speaker}|{c.Content}\n");
        }
        return sb.ToString();
    }
}
