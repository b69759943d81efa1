using System.CommandLine;
using System.Text;
using StudyKit.Export;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit extract</c>: the findings (quotes, claims, facts, entities, terms, reuse) as JSON or YAML.</summary>
internal static class ExtractCommand
{
    public static readonly Option<string?> Out = new("--out", "-o") { Description = "File to write (default: standard output)", HelpName = "FILE" };
    public static readonly Option<string?> Format = new("--format", "-f") { Description = "File format (default: the --out file's extension, else json)" };

    static ExtractCommand() => Format.AcceptOnlyFromAmong("json", "yaml");

    public const string Examples = """
        studykit extract                    # the sample articles, JSON to stdout
        studykit extract news/ --out findings.json
        studykit extract a.txt b.txt --format yaml
        """;

    public static Command Create(bool errorIsTerminal)
    {
        var command = new Command("extract",
            "Write the findings: quotes and their speakers, claims, facts, entities, terms and reuse between " +
            "articles, each with its evidence (article, paragraph, span).")
        {
            CommonOptions.Sources, Out, Format, CommonOptions.MaxSizeMegabytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction(r => Run(
            r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(Out), r.GetValue(Format), r.GetValue(CommonOptions.MaxSizeMegabytes),
            RunContext.From(r, errorIsTerminal)));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, string? outPath, string? format, int maxSize, RunContext context) =>
        CommandRunner.Run(context, progress =>
        {
            progress.Expect(Pipeline.ExtractStages);
            var findings = Pipeline.Extract(sources, CommonOptions.Bytes(maxSize), progress);
            Emit(outPath, FindingsJson.Write(findings, FormatOf(format, outPath, DataFormat.Json)), context);
            return ExitCode.Ok;
        });

    /// <summary>The format asked for; without one, the format the --out file's extension names
    /// (<c>.json</c>, <c>.yaml</c>, <c>.yml</c>); failing that, <paramref name="fallback"/>.</summary>
    public static DataFormat FormatOf(string? format, string? outPath, DataFormat fallback) =>
        (format ?? Path.GetExtension(outPath ?? string.Empty).TrimStart('.').ToLowerInvariant()) switch
        {
            "json" => DataFormat.Json,
            "yaml" or "yml" => DataFormat.Yaml,
            _ => fallback,
        };

    /// <summary>
    /// Writes <paramref name="content"/> to the file (atomically, then "wrote FILE" unless --quiet) or,
    /// without one, to standard output: there it is the result itself, so --quiet does not hide it.
    /// </summary>
    public static void Emit(string? outPath, byte[] content, RunContext context)
    {
        if (outPath is null)
        {
            context.Output.Write(Encoding.UTF8.GetString(content));
            return;
        }
        Output.OutputWriter.WriteFile(outPath, content);
        if (!context.Quiet)
        {
            context.Output.WriteLine(CommonOptions.Invariant($"wrote {outPath}  ({content.Length / 1024.0:0.0} KB)"));
        }
    }
}
