using System.CommandLine;
using StudyKit.Export;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit items</c>: the editable item bank, with rejected candidates and their reasons.</summary>
internal static class ItemsCommand
{
    public static readonly Option<string?> Out = new("--out", "-o") { Description = "File to write (default: standard output)", HelpName = "FILE" };
    public static readonly Option<string?> Format = new("--format", "-f") { Description = "File format (default: the --out file's extension, else yaml)" };

    /// <summary>Accepted so that one set of options works for items and generate; the bank does not depend on it.</summary>
    public static readonly Option<int> Seed = new("--seed")
    {
        Description = "Accepted for scripts that pass the same options to every command; the bank is the same for every seed (only packing is random)",
        HelpName = "S",
    };

    static ItemsCommand() => Format.AcceptOnlyFromAmong("json", "yaml");

    public const string Examples = """
        studykit items --out bank.yaml
        studykit items news/ --format json --out bank.json --lang en
        """;

    public static Command Create(bool errorIsTerminal)
    {
        var command = new Command("items",
            "Write the item bank: questions, source-attribution exercises and study cards, each with its " +
            "evidence, plus the rejected candidates and why. Edit the file, then print it with 'studykit build'.")
        {
            CommonOptions.Sources, Out, Format, CommonOptions.Language, Seed, CommonOptions.MaxSizeMegabytes,
            CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction(r => Run(
            r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(Out), r.GetValue(Format), r.GetValue(CommonOptions.Language),
            r.GetValue(CommonOptions.MaxSizeMegabytes), RunContext.From(r, errorIsTerminal)));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, string? outPath, string? format, string? language, int maxSize, RunContext context) =>
        CommandRunner.Run(context, progress =>
        {
            progress.Expect(Pipeline.ExtractStages + 1);
            var bank = Pipeline.Items(sources, CommonOptions.Bytes(maxSize), CommonOptions.ParseLanguage(language), progress);
            ExtractCommand.Emit(outPath, BankFile.Write(bank, ExtractCommand.FormatOf(format, outPath, DataFormat.Yaml)), context);
            return ExitCode.Ok;
        });
}
