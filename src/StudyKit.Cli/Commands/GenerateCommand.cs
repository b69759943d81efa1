using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit generate</c>: the main job, articles in → class pack out.</summary>
internal static class GenerateCommand
{
    public const string Examples = """
        studykit generate                  # seeds/ (or built-in samples) → output/
        studykit generate news/ --out week12 --variants 4 --questions 15
        studykit generate news/ --roster class-xi-2.csv --seed 17
        studykit generate news/ --format pdf,moodle --lang en --paper letter
        """;

    public static Command Create(bool errorIsTerminal)
    {
        var command = new Command("generate",
            "Turn news articles into a class pack: PDF worksheets in randomized variants, an answer key citing " +
            "article, paragraph and evidence, study cards, a class marking sheet, and Moodle, GIFT, Anki, Quizlet, " +
            "CSV and JSON exports. Prints each file it wrote and the seed.")
        {
            CommonOptions.Sources,
        };
        PackCommandOptions.AddTo(command);
        command.Options.Add(CommonOptions.MaxSizeMegabytes);
        command.Options.Add(CommonOptions.Quiet);
        command.Options.Add(CommonOptions.Verbose);
        command.SetAction(r => Run(r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(CommonOptions.MaxSizeMegabytes),
            PackCommandOptions.Read(r), RunContext.From(r, errorIsTerminal)));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, int maxSize, PackRequest request, RunContext context) =>
        CommandRunner.Run(context, progress =>
        {
            PackPrinter.CheckFiles(request);
            progress.Expect(Pipeline.ExtractStages + 1 + PackPrinter.Stages(request.Formats.Count));
            var bank = Pipeline.Items(sources, CommonOptions.Bytes(maxSize), request.Language, progress);
            return PackPrinter.Print(bank, request, context, progress);
        });
}
