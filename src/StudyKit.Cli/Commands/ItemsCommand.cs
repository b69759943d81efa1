using System.CommandLine;
using StudyKit.Export;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit items</c>: the editable item bank, with rejected candidates and their reasons.</summary>
internal static class ItemsCommand
{
    public static readonly Option<string?> Out = new("--out", "-o") { Description = "File to write (default: standard output)" };
    public static readonly Option<string> Format = new("--format", "-f") { Description = "json or yaml", DefaultValueFactory = _ => "yaml" };

    static ItemsCommand() => Format.AcceptOnlyFromAmong("json", "yaml");

    public static Command Create()
    {
        var command = new Command("items", """
            Generate the item bank: questions, source-attribution exercises and study cards, each with its
            evidence, plus the rejected candidates and why. Edit the file, then print it with 'studykit build'.

            Examples:
              studykit items --out bank.yaml
              studykit items news/ --format json --out bank.json --lang en
            """)
        {
            CommonOptions.Sources, Out, Format, CommonOptions.Language, CommonOptions.Seed, CommonOptions.MaxSizeMegabytes,
            CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction(r => Run(
            r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(Out), r.GetValue(Format)!, r.GetValue(CommonOptions.Language),
            r.GetValue(CommonOptions.MaxSizeMegabytes), r.GetValue(CommonOptions.Verbose), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, string? outPath, string format, string? language, int maxSize, bool verbose, TextWriter output, TextWriter error) =>
        CommandRunner.Run(error, verbose, () =>
        {
            var bank = Pipeline.Items(sources, CommonOptions.Bytes(maxSize), CommonOptions.ParseLanguage(language));
            ExtractCommand.Emit(outPath, BankFile.Write(bank, format == "json" ? DataFormat.Json : DataFormat.Yaml), output);
            return ExitCode.Ok;
        });
}
