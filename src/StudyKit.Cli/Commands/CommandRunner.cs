namespace StudyKit.Cli.Commands;

/// <summary>
/// Runs a command body and turns failures into the three error channels: bad input → one line naming
/// the file, exit 1; anything else → one line and a hint to use --verbose (the full error with it).
/// Never a stack trace unless asked for.
/// </summary>
internal static class CommandRunner
{
    public static int Run(TextWriter error, bool verbose, Func<ExitCode> body)
    {
        try
        {
            return (int)body();
        }
        catch (StudyKitInputException e)
        {
            error.WriteLine($"studykit: error: {e.OneLine}");
            return (int)ExitCode.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine(verbose
                ? $"studykit: error: {e}"
                : $"studykit: error: {e.Message.Split('\n')[0].Trim()} (run with --verbose for details)");
            return (int)ExitCode.BadInput;
        }
    }
}
