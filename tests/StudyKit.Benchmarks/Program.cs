using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using StudyKit.Benchmarks;
using StudyKit.Extraction;
using StudyKit.Reading;

// `archive N…`: time extract (with reuse) on synthetic archives of N articles, report peak memory and
// whether every planted copy was found. Anything else goes to BenchmarkDotNet.
if (args is ["archive", .. var sizes])
{
    foreach (var size in sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
    {
        var (documents, planted) = SyntheticArchive.Create(size);
        var megabytes = documents.Sum(d => d.Text.Length) / 1_048_576.0;
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var findings = new FindingsExtractor().Extract(new CorpusReader().Read(documents));
        clock.Stop();
        var found = planted.Count(p => findings.Reuse.Any(r => r.Article.Value == p.Copy && r.Source.Value == p.Source));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,6} articles  {megabytes,7:0.0} MB  {clock.Elapsed.TotalSeconds,7:0.00} s  {megabytes / clock.Elapsed.TotalSeconds,6:0.0} MB/s  peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576,6} MB  planted copies found {found}/{planted.Count}"));
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
