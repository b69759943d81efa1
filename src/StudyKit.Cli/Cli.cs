using System.CommandLine;
using StudyKit.Cli.Commands;

namespace StudyKit.Cli;

/// <summary>The command line, callable in-process: parse, report usage errors (exit 2), run.</summary>
internal static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = RootCommandFactory.Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"studykit: {problem.Message}");
            }
            error.WriteLine("Run 'studykit --help' (or 'studykit COMMAND --help') for usage.");
            return (int)ExitCode.BadUsage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
