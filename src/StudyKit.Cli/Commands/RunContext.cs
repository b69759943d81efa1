using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary>Where a command writes and how talkative it is.</summary>
/// <param name="Output">Standard output: results (the files written, JSON/YAML, the report).</param>
/// <param name="Error">Standard error: errors, the progress line, --verbose details.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal; the progress line shows only then.</param>
/// <param name="Quiet">--quiet: print nothing but errors.</param>
/// <param name="Verbose">--verbose: stage timings, details, full errors.</param>
internal sealed record RunContext(TextWriter Output, TextWriter Error, bool ErrorIsTerminal, bool Quiet, bool Verbose)
{
    /// <summary>The context of an invocation: the writers it was given and the --quiet/--verbose flags.</summary>
    public static RunContext From(ParseResult r, bool errorIsTerminal) => new(
        r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, errorIsTerminal,
        r.GetValue(CommonOptions.Quiet), r.GetValue(CommonOptions.Verbose));
}
