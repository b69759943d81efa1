using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit inspect</c>: a readable report of what StudyKit found, for the teacher.</summary>
internal static class InspectCommand
{
    public const string Examples = """
        studykit inspect                           # the sample articles
        studykit inspect news/ | less
        """;

    public static Command Create(bool errorIsTerminal)
    {
        var command = new Command("inspect",
            "Show what StudyKit read: the articles (label, outlet, date, wire), who is quoted where, which " +
            "articles copy or rewrite which, what could not be inferred, and which items were rejected.")
        {
            CommonOptions.Sources, CommonOptions.Language, CommonOptions.MaxSizeMegabytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction(r => Run(
            r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(CommonOptions.Language), r.GetValue(CommonOptions.MaxSizeMegabytes),
            RunContext.From(r, errorIsTerminal)));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, string? language, int maxSize, RunContext context) =>
        CommandRunner.Run(context, progress =>
        {
            progress.Expect(Pipeline.ExtractStages + 1);
            var findings = Pipeline.Extract(sources, CommonOptions.Bytes(maxSize), progress);
            progress.Stage("writing questions and study cards");
            var bank = new Items.ItemBankGenerator().Generate(findings, CommonOptions.ParseLanguage(language));
            context.Output.Write(InspectReport.Render(findings, bank));
            return ExitCode.Ok;
        });
}
