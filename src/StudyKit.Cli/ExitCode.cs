namespace StudyKit.Cli;

/// <summary>The exit codes of <c>studykit</c>.</summary>
internal enum ExitCode
{
    /// <summary>Everything worked.</summary>
    Ok = 0,

    /// <summary>Bad input: a file is missing, empty, not text, or malformed (the message names it).</summary>
    BadInput = 1,

    /// <summary>Bad usage: unknown option, missing or malformed argument.</summary>
    BadUsage = 2,
}
