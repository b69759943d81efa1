using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace StudyKit.Cli.Commands;

/// <summary>
/// <c>--version</c>: the informational version of this tool (not of whatever process hosts it, as the
/// library's default does: in tests that is the test runner), without a "+commit" suffix.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } = Read();

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return (int)ExitCode.Ok;
    }

    /// <summary>Replaces the action of <paramref name="root"/>'s version option.</summary>
    public static void Install(RootCommand root) => root.Options.OfType<VersionOption>().Single().Action = new VersionAction();

    private static string Read()
    {
        var assembly = typeof(VersionAction).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
