using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary>Builds the <c>studykit</c> root command with one subcommand per file in this folder.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create() => new("""
        StudyKit turns a folder of news articles into media-literacy classroom material: worksheets,
        answer keys with evidence, study cards, and Moodle/Anki exports.

        Start with:  studykit generate            (reads seeds/, writes output/)
        """)
    {
        GenerateCommand.Create(),
        BuildCommand.Create(),
        ItemsCommand.Create(),
        ExtractCommand.Create(),
        InspectCommand.Create(),
    };
}
