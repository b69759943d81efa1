using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using StudyKit.Benchmarks;
using StudyKit.Export;
using StudyKit.Extraction;
using StudyKit.Reading;

// `items [FOLDER]`: reads and extracts the articles in FOLDER (default seeds) once, then times the item bank
// build: the best of 20 warm runs (after 20 warm-up runs) and what one build allocates, then the best per generator
// and per gate.
if (args is ["items", .. var itemArgs])
{
    var folder = itemArgs is [var f] ? f : "seeds";
    var sources = Directory.GetFiles(folder, "*.*").Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).Select(p => new SourceDocument(p, File.ReadAllText(p))).ToList();
    var findings = new FindingsExtractor().Extract(new CorpusReader().Read(sources));
    var bestBank = double.MaxValue;
    var bank = new StudyKit.Items.ItemBankGenerator().Generate(findings);
    // Many warm-up runs: on a busy machine the JIT's second tier arrives late.
    for (var run = 0; run < 40; run++)
    {
        var clock = Stopwatch.StartNew();
        bank = new StudyKit.Items.ItemBankGenerator().Generate(findings);
        if (run >= 20)
        {
            bestBank = Math.Min(bestBank, clock.Elapsed.TotalSeconds);
        }
    }
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    new StudyKit.Items.ItemBankGenerator().Generate(findings);
    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{sources.Count} articles  {bank.Items.Length} items  {bank.Rejections.Length} rejected  best {bestBank * 1000:0.00} ms  allocated {allocated / 1_048_576.0:0.0} MB"));
    // Per stage, the best of 20 warm runs: the context, each generator's candidates, each gate over all of them.
    var stages = new Dictionary<string, (double Ms, long Bytes)>(StringComparer.Ordinal);
    var before = 0L;
    void Best(string stage, double seconds)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        var ms = Math.Min(stages.GetValueOrDefault(stage, (double.MaxValue, 0)).Ms, seconds * 1000);
        stages[stage] = (ms, bytes);
        before = GC.GetAllocatedBytesForCurrentThread();
    }
    for (var run = 0; run < 20; run++)
    {
        before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var context = new StudyKit.Items.GenerationContext(findings, bank.Language);
        Best("context", clock.Elapsed.TotalSeconds);
        var candidates = new List<StudyKit.Items.Candidate>();
        foreach (var generator in StudyKit.Items.ItemBankGenerator.Generators)
        {
            before = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var made = generator.Generate(context).ToList();
            Best(generator.GetType().Name, clock.Elapsed.TotalSeconds);
            candidates.AddRange(made);
        }
        foreach (var gate in StudyKit.Items.ItemBankGenerator.Gates)
        {
            before = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            foreach (var candidate in candidates)
            {
                gate.Check(candidate, context);
            }
            Best(gate.GetType().Name + " (all)", clock.Elapsed.TotalSeconds);
        }
    }
    foreach (var (stage, (ms, bytes)) in stages)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {stage,-32} {ms,8:0.000} ms {bytes / 1024.0,9:0} KB"));
    }
    return 0;
}

// `dump N FILE`: the findings of the synthetic archive of N articles as JSON, to check that a speed change
// leaves them byte for byte as they were (scripts/findings-snapshot.sh).
if (args is ["dump", var count, var path])
{
    var (documents, _) = SyntheticArchive.Create(int.Parse(count, CultureInfo.InvariantCulture));
    File.WriteAllBytes(path, FindingsJson.Write(new FindingsExtractor().Extract(new CorpusReader().Read(documents))));
    return 0;
}

// `throughput [N]`: a quick, warm estimate of the ReadAndExtract benchmark (N articles, default 100): the best
// of 20 runs after 40 warm-up runs, in wall time and in process CPU time (steadier on a shared machine), what a
// run allocates and the collections per run, then where the time and the allocations go (each phase's best of 10).
// BenchmarkDotNet gives the figure to quote. MB are mebi-characters of article text (UTF-16 code units), as there.
if (args is ["throughput", .. var rest])
{
    var (documents, _) = SyntheticArchive.Create(rest is [var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 100);
    var megabytes = documents.Sum(d => d.Text.Length) / 1_048_576.0;
    var (bestWall, bestCpu) = (double.MaxValue, double.MaxValue);
    var process = Process.GetCurrentProcess();
    // Many warm-up runs, as in ExtractionBenchmarks: on a busy machine the JIT's optimised code arrives late, and after
    // three runs the best of twenty was still partly first-tier code.
    const int Warmup = 40, Runs = 20;
    var (allocated, gen0, gen1, gen2) = (0L, 0, 0, 0);
    for (var run = 0; run < Warmup + Runs; run++)
    {
        if (run == Warmup)
        {
            (allocated, gen0, gen1, gen2) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        }
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        new FindingsExtractor().Extract(new CorpusReader().Read(documents));
        clock.Stop();
        process.Refresh();
        if (run >= Warmup)
        {
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
    }
    var perRun = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)Runs / 1_048_576;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{documents.Count} articles  {megabytes:0.00} MB  best wall {bestWall * 1000:0} ms = {megabytes / bestWall:0.00} MB/s  best CPU {bestCpu * 1000:0} ms = {megabytes / bestCpu:0.00} MB/s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"allocated {perRun:0.0} MB per run; collections per run gen0 {(GC.CollectionCount(0) - gen0) / (double)Runs:0.0}, gen1 {(GC.CollectionCount(1) - gen1) / (double)Runs:0.0}, gen2 {(GC.CollectionCount(2) - gen2) / (double)Runs:0.00}"));
    var phases = new Dictionary<string, (double Milliseconds, long Bytes)>();
    for (var run = 0; run < 10; run++)
    {
        foreach (var (phase, milliseconds, bytes) in Phases(documents))
        {
            phases[phase] = (Math.Min(phases.GetValueOrDefault(phase, (double.MaxValue, 0)).Milliseconds, milliseconds), bytes);
        }
    }
    foreach (var (phase, (milliseconds, bytes)) in phases)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {phase,-16} {milliseconds,9:0.0} ms {bytes / 1_048_576.0,7:0.00} MB"));
    }
    return 0;
}

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
        // Pairs found at all, whichever way round: without dates the copying direction is a judgement call.
        var paired = planted.Count(p => findings.Reuse.Any(r =>
            (r.Article.Value, r.Source.Value) == (p.Copy, p.Source) || (r.Article.Value, r.Source.Value) == (p.Source, p.Copy)));
        if (Environment.GetEnvironmentVariable("STUDYKIT_PHASES") == "1")
        {
            foreach (var (phase, milliseconds, bytes) in Phases(documents))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {phase,-16} {milliseconds,9:0.0} ms {bytes / 1_048_576.0,7:0.00} MB"));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,6} articles  {megabytes,7:0.0} MB  {clock.Elapsed.TotalSeconds,7:0.00} s  {megabytes / clock.Elapsed.TotalSeconds,6:0.0} MB/s  peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576,6} MB  planted copies found {found}/{planted.Count} (paired either way {paired})"));
    }
    return 0;
}
// The time of each stage of extraction, in order, in milliseconds, and the bytes it allocates (a warm run of each).
static List<(string Phase, double Milliseconds, long Bytes)> Phases(IReadOnlyList<SourceDocument> documents)
{
    var laps = new List<(string, double, long)>();
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    void Lap(string phase)
    {
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var now = GC.GetAllocatedBytesForCurrentThread();
        laps.Add((phase, elapsed, now - allocated));
        allocated = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
    }
    var corpus = new CorpusReader().Read(documents);
    Lap("read");
    var speech = SpeechExtractor.Extract(corpus);
    Lap("speech");
    FactExtractor.Extract(corpus, speech.Entities);
    Lap("facts");
    TermExtractor.Extract(corpus);
    Lap("terms");
    var byArticle = speech.Quotes.ToLookup(q => q.Evidence.Article);
    var scanner = new WordScanner();
    var profiles = corpus.Articles.Select(a => NarrativeProfile.Of(a, byArticle[a.Id].Select(q => q.Evidence.Span), scanner)).ToList();
    Lap("profiles");
    var pairs = ReuseDetector.CandidatePairs(profiles);
    Lap("candidates");
    var judged = pairs.Count(p => ReuseDetector.Judge(profiles[p.Item1], profiles[p.Item2]) is not null);
    Lap($"judge {pairs.Count}→{judged}");
    QuoteLinker.Link(speech.Quotes);
    Lap($"links {speech.Quotes.Length}q");
    return laps;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
