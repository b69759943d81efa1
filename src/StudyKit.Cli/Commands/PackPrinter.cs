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
    public static ExitCode Print(ItemBank bank, PackRequest request, TextWriter output)
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
        var pack = new PackAssembler().Assemble(bank, options);
        var files = PackRenderers.Create(request)
            .SelectMany(r => r.Render(pack))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        OutputWriter.WriteFolder(request.Out, files);
        if (!request.Quiet)
        {
            Report(output, request, pack, files);
        }
        return ExitCode.Ok;
    }

    private static byte[] ReadRoster(string path) => File.Exists(path)
        ? File.ReadAllBytes(path)
        : throw new StudyKitInputException(path, "no such file");

    private static void Report(TextWriter output, PackRequest request, ClassPack pack, IReadOnlyList<OutputFile> files)
    {
        var questions = pack.Variants.IsEmpty ? 0 : pack.Variants[0].Items.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pack.Variants.Length} variants × {questions} questions, {pack.Cards.Length} study cards, seed {request.Seed} (same seed → same papers)"));
        foreach (var file in files)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  wrote {Path.Combine(request.Out, file.Path)}  ({file.Content.Length / 1024.0:0.0} KB)"));
        }
    }
}
