using System.Globalization;
using StudyKit.Cli.Input;
using StudyKit.Cli.Output;
using StudyKit.Export;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Cli.Commands;

/// <summary>Packs a bank, renders every requested format, writes the files and says what it wrote.</summary>
internal static class PackPrinter
{
    /// <summary>Stages <see cref="Print"/> reports for <paramref name="formats"/> formats: pack, one per format, write.</summary>
    public static int Stages(int formats) => formats + 2;

    /// <summary>
    /// Fails fast, before the articles are read, when a file named by an option is missing: the roster or
    /// the font. (Without this, a missing font surfaced only at the PDF stage, as a generic error.)
    /// </summary>
    public static void CheckFiles(PackRequest request)
    {
        foreach (var path in new[] { request.Roster, request.Font })
        {
            if (path is not null && !File.Exists(path))
            {
                throw new StudyKitInputException(path, Directory.Exists(path) ? "this is a folder; name a file" : "no such file");
            }
        }
    }

    public static ExitCode Print(ItemBank bank, PackRequest request, RunContext context, ProgressReporter progress)
    {
        var roster = request.Roster is null
            ? []
            : RosterReader.Parse(request.Roster, TextDecoder.Decode(request.Roster, ReadRoster(request.Roster)));
        var options = new PackOptions
        {
            Variants = request.Variants,
            Roster = roster,
            Questions = request.Questions,
            Pool = request.Pool,
            Seed = request.Seed,
        };
        if (request.Language is { } language && language != bank.Language)
        {
            bank = bank with { Language = language };
        }
        progress.Stage(Invariant($"packing {(roster.IsEmpty ? request.Variants : roster.Length)} papers (seed {request.Seed})"));
        var pack = new PackAssembler().Assemble(bank, options);
        var files = Render(pack, request, progress);
        if (!context.Quiet)
        {
            Report(context.Output, request, pack, files);
        }
        return ExitCode.Ok;
    }

    /// <summary>
    /// Renders every format and writes the files into the output folder as they come (see <see cref="StagedFolder"/>).
    /// The PDFs render here, on every core; the other formats meanwhile, in order, on a thread of their own (see
    /// <see cref="SideRenders"/>). The stages are reported in the order asked for, each when its files are ready.
    /// </summary>
    private static List<OutputFile> Render(ClassPack pack, PackRequest request, ProgressReporter progress)
    {
        var renderers = PackRenderers.Create(request).ToList();
        var staged = StagedFolder.Begin(request.Out);
        var side = new SideRenders(renderers.Where(r => r.Format != "pdf"), pack, file => staged.Add(file));
        try
        {
            var files = new List<OutputFile>();
            foreach (var renderer in renderers)
            {
                progress.Stage(Invariant($"rendering {renderer.Format}{(renderer.Format == "pdf" ? $" ({pack.Variants.Length} worksheets, key, cards, class sheet)" : "")}"));
                files.AddRange(renderer.Format == "pdf" ? renderer.Render(pack, file => staged.Add(file)) : side.Files(renderer));
            }
            files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
            progress.Stage(Invariant($"writing {files.Count} files to {request.Out}"));
            staged.Commit(files);
            return files;
        }
        catch
        {
            // Nothing may write into the staging folder once it is gone.
            side.WaitForAll();
            staged.Abandon();
            throw;
        }
    }

    private static byte[] ReadRoster(string path) => File.Exists(path)
        ? File.ReadAllBytes(path)
        : throw new StudyKitInputException(path, "no such file");

    private static void Report(TextWriter output, PackRequest request, ClassPack pack, IReadOnlyList<OutputFile> files)
    {
        var questions = pack.Variants.IsEmpty ? 0 : pack.Variants[0].Items.Length;
        output.WriteLine(Invariant(
            $"{pack.Variants.Length} variants × {questions} questions, {pack.Cards.Length} study cards, seed {request.Seed} (same seed → same papers)"));
        foreach (var file in files)
        {
            output.WriteLine(Invariant($"  wrote {Path.Combine(request.Out, file.Path)}  ({file.Content.Length / 1024.0:0.0} KB)"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
