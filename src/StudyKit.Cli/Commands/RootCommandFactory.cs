using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary>Builds the <c>studykit</c> root command with one subcommand per file in this folder.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create() => new("StudyKit turns news articles into media-literacy classroom material.");
}
