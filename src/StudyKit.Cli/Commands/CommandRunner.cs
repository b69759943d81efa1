namespace StudyKit.Cli.Commands;

/// <summary>
/// Runs a command body with a <see cref="ProgressReporter"/> and turns failures into the three error
/// channels: bad input → one line naming the file, exit 1; anything else → one line and a hint to use
/// --verbose (the full error with it). Never a stack trace unless asked for. The status line is erased
/// before an error is written, so the two never share a line.
/// </summary>
internal static class CommandRunner
{
    public static int Run(RunContext context, Func<ProgressReporter, ExitCode> body)
    {
        var progress = new ProgressReporter(context.Error, context.ErrorIsTerminal, context.Quiet, context.Verbose);
        try
        {
            using (progress)
            {
                return (int)body(progress);
            }
        }
        catch (StudyKitInputException e)
        {
            context.Error.WriteLine($"studykit: error: {e.OneLine}");
            return (int)ExitCode.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Error.WriteLine(context.Verbose
                ? $"studykit: error: {e}"
                : $"studykit: error: {e.Message.Split('\n')[0].Trim()} (run with --verbose for details)");
            return (int)ExitCode.BadInput;
        }
    }
}
