using BenchmarkDotNet.Attributes;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Benchmarks;

/// <summary>Reading + extraction throughput on one core, in MB/s of article text (see the README).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<SourceDocument> _documents = [];

    /// <summary>Articles per run.</summary>
    [Params(100)]
    public int Articles { get; set; }

    /// <summary>Megabytes of text per run, to turn the mean time into MB/s.</summary>
    public double Megabytes => _documents.Sum(d => d.Text.Length) / 1_048_576.0;

    [GlobalSetup]
    public void Setup()
    {
        _documents = SyntheticArchive.Create(Articles).Documents;
        Console.WriteLine($"// {Megabytes:0.00} MB of article text per operation");
    }

    [Benchmark]
    public Findings ReadAndExtract() => new FindingsExtractor().Extract(new CorpusReader().Read(_documents));
}
