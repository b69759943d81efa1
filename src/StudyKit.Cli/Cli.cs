using System.CommandLine;
using System.CommandLine.Completions;
using StudyKit.Cli.Commands;

namespace StudyKit.Cli;

/// <summary>The command line, callable in-process: parse, report usage errors (exit 2), run.</summary>
internal static class Cli
{
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">Whether <paramref name="error"/> is a terminal: only then is a progress line shown.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        var root = RootCommandFactory.Create(errorIsTerminal);
        var parse = root.Parse(args);
        // A completion request ([suggest] from dotnet-suggest) parses a half-typed line: answer it, do not judge it.
        var completing = parse.GetResult(root.Directives.OfType<SuggestDirective>().Single()) is not null;
        if (parse.Errors.Count > 0 && !completing)
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
