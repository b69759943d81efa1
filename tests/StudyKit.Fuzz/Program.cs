using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using StudyKit.Fuzz;

// studykit fuzzer: seeded mutation of the seeds and devset articles through FuzzTarget.
//   StudyKit.Fuzz --count N [--seed S] [--crashes DIR] [--timeout SECONDS] CORPUS_DIR...
//   StudyKit.Fuzz --replay FILE...
//   StudyKit.Fuzz --afl            one AFL++ target run (SharpFuzz; StudyKit.dll instrumented by `sharpfuzz`)
// Every input goes through Reading → Extraction → Items; every 8th also through the bank round trip and
// two edited copies of its bank (JSON and YAML) read back.
// Exit 0: no crash; 1: crashes saved in DIR; 2: usage; 3: one input ran past the timeout (saved).
if (args is ["--afl"])
{
    // Coverage-guided: AFL++ feeds inputs and SharpFuzz reports the branches StudyKit.dll took. Out of process,
    // so that a stack overflow is a crash that AFL records, not the end of the fuzzer.
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        FuzzTarget.Run(memory.ToArray(), roundTrip: true);
    });
    return 0;
}
var count = 10_000L;
var seed = 1;
var crashes = "fuzz-crashes";
var timeout = 60;
var folders = new List<string>();
var replay = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count": count = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--crashes": crashes = args[++i]; break;
        case "--timeout": timeout = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--replay": replay.AddRange(args[(i + 1)..]); i = args.Length; break;
        default: folders.Add(args[i]); break;
    }
}
if (replay.Count > 0)
{
    var failed = 0;
    foreach (var file in replay)
    {
        try
        {
            if (file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                FuzzTarget.ReadBank(File.ReadAllBytes(file), file);
            }
            else
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            Console.WriteLine($"ok    {file}");
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"CRASH {file}: {e}");
        }
    }
    return failed == 0 ? 0 : 1;
}
var corpus = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
if (corpus.Count == 0)
{
    Console.Error.WriteLine("fuzz: no .txt files in the corpus folders given");
    return 2;
}
Directory.CreateDirectory(crashes);
var mutator = new Mutator(seed, corpus);
var current = Array.Empty<byte>();
var started = Stopwatch.GetTimestamp();
var inputStarted = Stopwatch.GetTimestamp();
var watchdog = new Thread(() =>
{
    while (true)
    {
        Thread.Sleep(1000);
        var input = Volatile.Read(ref current);
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref inputStarted)).TotalSeconds > timeout)
        {
            var path = Path.Combine(crashes, $"timeout-{Convert.ToHexStringLower(SHA256.HashData(input))[..16]}.txt");
            File.WriteAllBytes(path, input);
            Console.WriteLine($"fuzz: an input ran past {timeout} s; saved as {path}");
            Environment.Exit(3);
        }
    }
}) { IsBackground = true };
watchdog.Start();
var found = new HashSet<string>(StringComparer.Ordinal);
var crashCount = 0L;
(string Extension, byte[] Bytes)? edited = null;
for (var n = 1L; n <= count; n++)
{
    var input = mutator.Next();
    Volatile.Write(ref current, input);
    Interlocked.Exchange(ref inputStarted, Stopwatch.GetTimestamp());
    try
    {
        // The bank round trip costs as much as extraction; every 8th input is enough to watch it. Its bank,
        // edited by the mutator, is then read back as JSON and (converted) as YAML.
        edited = null;
        if (FuzzTarget.Run(input, roundTrip: n % 8 == 0) is { } bank)
        {
            edited = ("json", mutator.Edit(bank));
            FuzzTarget.ReadBank(edited.Value.Bytes, "bank.json");
            var yaml = StudyKit.Export.BankFile.Write(StudyKit.Export.BankFile.Read(bank, "bank.json"), StudyKit.Export.DataFormat.Yaml);
            edited = ("yaml", mutator.Edit(yaml));
            FuzzTarget.ReadBank(edited.Value.Bytes, "bank.yaml");
        }
    }
    catch (Exception e)
    {
        crashCount++;
        // One file per distinct failure site, so a million inputs do not fill the disk with one bug.
        var site = $"{e.GetType().Name} {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        if (found.Add(site))
        {
            // A crash in reading an edited bank saves that bank (replay it with BankFile.Read), else the article input.
            var (extension, bytes) = edited ?? ("txt", input);
            var path = Path.Combine(crashes, $"crash-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.{extension}");
            File.WriteAllBytes(path, bytes);
            File.WriteAllText(path + ".log", e.ToString());
            Console.WriteLine($"fuzz: input {n}: {e.GetType().Name}: {e.Message.Split('\n')[0]} → {path}");
        }
    }
    if (n % 10_000 == 0)
    {
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {n} inputs, {crashCount} crashing ({found.Count} distinct), {n / seconds:0} inputs/s"));
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: done: {count} inputs, {crashCount} crashing ({found.Count} distinct), seed {seed}, {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s"));
return crashCount == 0 ? 0 : 1;
