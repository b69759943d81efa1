using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary><c>studykit generate</c>: the main job, articles in → class pack out.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", """
            Turn a folder of news articles into a class pack: PDF worksheets in randomized variants, an
            answer key citing article, paragraph and evidence, study cards, a class marking sheet, and
            Moodle, GIFT, Anki, Quizlet, CSV and JSON exports.

            Examples:
              studykit generate                                  # seeds/ → output/
              studykit generate news/ --out week12 --variants 4 --questions 15
              studykit generate news/ --roster class-xi-2.csv --seed 17
              studykit generate news/ --format pdf,moodle --lang en --paper letter
            """)
        {
            CommonOptions.Sources, CommonOptions.MaxSizeMegabytes,
        };
        foreach (var option in PackCommandOptions.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(r => Run(r.GetValue(CommonOptions.Sources) ?? [], r.GetValue(CommonOptions.MaxSizeMegabytes),
            PackCommandOptions.Read(r), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> sources, int maxSize, PackRequest request, TextWriter output, TextWriter error) =>
        CommandRunner.Run(error, request.Verbose, () =>
            PackPrinter.Print(Pipeline.Items(sources, CommonOptions.Bytes(maxSize), request.Language), request, output));
}
