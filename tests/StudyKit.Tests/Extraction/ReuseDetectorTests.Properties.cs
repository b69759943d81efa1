using System.Globalization;
using Bogus;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

/// <summary>Invariants over synthetic corpora: random articles, some planted copies of others.</summary>
public sealed partial class ReuseDetectorTests
{
    private sealed record Planted(Corpus Corpus, HashSet<(string Article, string Source)> Copies);

    /// <summary>Twelve articles of random sentences; three copies each take a new lead, 70 % of a source's
    /// sentences in order (its lead among them) and a new closing sentence.</summary>
    private static Planted SyntheticCorpus(int seed)
    {
        var faker = new Faker("id_ID") { Random = new Randomizer(seed) };
        string Sentence()
        {
            var words = string.Join(' ', Enumerable.Range(0, faker.Random.Int(8, 14)).Select(_ => faker.Lorem.Word()));
            return char.ToUpperInvariant(words[0]) + words[1..] + ".";
        }
        var bodies = new List<List<string>>();
        for (var i = 0; i < 12; i++)
        {
            bodies.Add([.. Enumerable.Range(0, faker.Random.Int(12, 20)).Select(_ => Sentence())]);
        }
        var copies = new HashSet<(string, string)>();
        foreach (var (copy, source) in new[] { (12, 0), (13, 4), (14, 7) })
        {
            var kept = bodies[source].Skip(1).Where(_ => faker.Random.Bool(0.7f)).Prepend(bodies[source][0]);
            bodies.Add([Sentence(), Sentence(), .. kept, Sentence()]);
            copies.Add((Id(copy), Id(source)));
        }
        var articles = bodies.Select((body, i) => FactArticles.Make(Id(i), ArticleLanguage.Id,
            [.. body.Chunk(3).Select(p => string.Join(' ', p))])).ToArray();
        return new Planted(FactArticles.Corpus(articles), copies);
    }

    private static string Id(int index) => "art" + index.ToString("00", CultureInfo.InvariantCulture);

    private static string Signature(ReuseDetector.Result result) => string.Join('\n', result.Reuse.Select(r =>
        $"{r.Article}<{r.Source} {r.Relation} {r.Containment:R} {r.SourceContainment:R} " +
        string.Join(';', r.Pairs.Select(p => $"{p.Article.Span}/{p.Source.Span}/{p.Similarity:R}")) + " | " +
        string.Join(';', r.LeftOut.Select(e => e.Span.ToString()))));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Detect_SyntheticCorpus_FindsPlantedCopiesWithDirectionAndNoFalsePairs(int seed)
    {
        var planted = SyntheticCorpus(seed);

        var found = ReuseDetector.Detect(planted.Corpus, []).Reuse
            .Where(r => r.Relation is ReuseRelation.Copy or ReuseRelation.Rewrite)
            .Select(r => (r.Article.Value, r.Source.Value)).ToHashSet();

        Assert.Equal(planted.Copies.Order(), found.Order());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Detect_SyntheticCorpus_EveryExcerptEqualsItsSpan(int seed)
    {
        var planted = SyntheticCorpus(seed);

        var reuse = ReuseDetector.Detect(planted.Corpus, []).Reuse;

        Assert.NotEmpty(reuse);
        Assert.All(reuse.SelectMany(r => r.Pairs.SelectMany(p => new[] { p.Article, p.Source }).Concat(r.LeftOut)), e =>
            Assert.Equal(planted.Corpus[e.Article].Text[e.Span.Start..e.Span.End], e.Excerpt));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Detect_SyntheticCorpus_RerunsAreIdenticalAndSorted(int seed)
    {
        var planted = SyntheticCorpus(seed);

        var first = ReuseDetector.Detect(planted.Corpus, []);
        var second = ReuseDetector.Detect(planted.Corpus, []);

        Assert.Equal(Signature(first), Signature(second));
        var keys = first.Reuse.Select(r => r.Article.Value + "|" + r.Source.Value).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }
}
