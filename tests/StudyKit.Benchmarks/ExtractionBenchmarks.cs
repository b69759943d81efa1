using BenchmarkDotNet.Attributes;
using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Benchmarks;

/// <summary>Reading + extraction throughput on one core, in MB/s of article text (see the README): MB are mebi-characters
/// (2^20 UTF-16 code units of <see cref="SourceDocument.Text"/>).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    /// <summary>Operations run in <see cref="Setup"/> before BenchmarkDotNet measures.</summary>
    /// <remarks>The short job measures a handful of operations, each alone in its iteration once a cold one passes the
    /// iteration time. Without these, they would be the first operations of the process: code the JIT's tier 0 compiled,
    /// with the optimising compiles still to come (on a loaded machine they took 0.3 to 0.6 s each instead of about 0.05 s).
    /// The goal is the steady throughput, which is also what the NativeAOT tool, compiled ahead of time, runs at.</remarks>
    private const int WarmupOperations = 40;

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
        for (var i = 0; i < WarmupOperations; i++)
        {
            ReadAndExtract();
        }
    }

    [Benchmark]
    public Findings ReadAndExtract() => new FindingsExtractor().Extract(new CorpusReader().Read(_documents));
}
