using System.CommandLine;
using System.Text;
using StudyKit.Export;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit extract</c>: the findings (quotes, claims, facts, entities, terms, reuse) as JSON or YAML.</summary>
internal static class ExtractCommand
{
    public static readonly Option<string?> Out = new("--out", "-o") { Description = "File to write (default: standard output)" };
    public static readonly Option<string> Format = new("--format", "-f") { Description = "json or yaml", DefaultValueFactory = _ => "json" };

    static ExtractCommand() => Format.AcceptOnlyFromAmong("json", "yaml");

    public static Command Create()
    {
        var command = new Command("extract", """
            Extract quotes, speakers, claims, facts, entities, terms and reuse, each with its evidence.

            Examples:
              studykit extract                      # the sample articles, JSON on standard output
              studykit extract news/ --out findings.json
              studykit extract a.txt b.txt --format yaml
            """)
        {
            CommonOptions.Sources, Out, Format, CommonOptions.MaxSizeMegabytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction(r => Run(
            r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(Out), r.GetValue(Format)!, r.GetValue(CommonOptions.MaxSizeMegabytes),
            r.GetValue(CommonOptions.Verbose), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, string? outPath, string format, int maxSize, bool verbose, TextWriter output, TextWriter error) =>
        CommandRunner.Run(error, verbose, () =>
        {
            var findings = Pipeline.Extract(sources, CommonOptions.Bytes(maxSize));
            Emit(outPath, FindingsJson.Write(findings, format == "yaml" ? DataFormat.Yaml : DataFormat.Json), output);
            return ExitCode.Ok;
        });

    /// <summary>Writes <paramref name="content"/> to the file (atomically) or, without one, to standard output.</summary>
    public static void Emit(string? outPath, byte[] content, TextWriter output)
    {
        if (outPath is null)
        {
            output.Write(Encoding.UTF8.GetString(content));
            return;
        }
        Output.OutputWriter.WriteFile(outPath, content);
    }
}
