using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary>Builds the <c>studykit</c> root command with one subcommand per file in this folder.</summary>
internal static class RootCommandFactory
{
    public const string Examples = """
        studykit generate                          # the sample articles → output/
        studykit generate news/ --variants 4       # your articles, four variants
        studykit inspect news/                     # what it found, before printing
        studykit generate --help                   # every option, with examples
        """;

    /// <param name="errorIsTerminal">Whether standard error is a terminal, where commands show a progress line.</param>
    public static RootCommand Create(bool errorIsTerminal = false)
    {
        var generate = GenerateCommand.Create(errorIsTerminal);
        var build = BuildCommand.Create(errorIsTerminal);
        var items = ItemsCommand.Create(errorIsTerminal);
        var extract = ExtractCommand.Create(errorIsTerminal);
        var inspect = InspectCommand.Create(errorIsTerminal);
        var root = new RootCommand(
            "StudyKit turns a folder of news articles into media-literacy classroom material: worksheets in " +
            "randomized variants, answer keys with evidence, study cards, and Moodle, GIFT, Anki and Quizlet " +
            "exports. Exit codes: 0 ok, 1 bad input (the message names the file), 2 bad usage.")
        {
            generate, build, items, extract, inspect,
        };
        root.HelpName = "studykit";
        VersionAction.Install(root);
        ExamplesHelpAction.Install(root, new Dictionary<Command, string>
        {
            [root] = Examples,
            [generate] = GenerateCommand.Examples,
            [build] = BuildCommand.Examples,
            [items] = ItemsCommand.Examples,
            [extract] = ExtractCommand.Examples,
            [inspect] = InspectCommand.Examples,
        });
        return root;
    }
}
