using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit inspect</c>: a readable report of what StudyKit found, for the teacher.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var command = new Command("inspect", """
            Show what StudyKit read: the articles (label, outlet, date, wire), who is quoted where, which
            articles copy or rewrite which, what could not be inferred, and which items were rejected.

            Examples:
              studykit inspect
              studykit inspect news/
            """)
        {
            CommonOptions.Sources, CommonOptions.Language, CommonOptions.MaxSizeMegabytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction(r => Run(
            r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(CommonOptions.Language), r.GetValue(CommonOptions.MaxSizeMegabytes),
            r.GetValue(CommonOptions.Verbose), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, string? language, int maxSize, bool verbose, TextWriter output, TextWriter error) =>
        CommandRunner.Run(error, verbose, () =>
        {
            var findings = Pipeline.Extract(sources, CommonOptions.Bytes(maxSize));
            var bank = new Items.ItemBankGenerator().Generate(findings, CommonOptions.ParseLanguage(language));
            output.Write(InspectReport.Render(findings, bank));
            return ExitCode.Ok;
        });
}
