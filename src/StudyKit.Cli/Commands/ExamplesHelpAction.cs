using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace StudyKit.Cli.Commands;

/// <summary>
/// <c>--help</c>: System.CommandLine's own help, wrapped at a fixed width so that the text is the same in
/// every terminal (and approvable in a test), followed by the command's "Examples:" block. Wrapping the
/// library's <see cref="HelpAction"/> is the documented way to extend help in System.CommandLine 2.0+.
/// </summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    /// <summary>Wide enough for the option table, narrow enough for an 80-column terminal.</summary>
    public const int Width = 80;

    private readonly HelpAction _help;
    private readonly IReadOnlyDictionary<Command, string> _examples;

    public ExamplesHelpAction(HelpAction help, IReadOnlyDictionary<Command, string> examples)
    {
        _help = help;
        _help.MaxWidth = Width;
        _examples = examples;
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exit = _help.Invoke(parseResult);
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var line in examples.ReplaceLineEndings("\n").TrimEnd().Split('\n'))
            {
                output.WriteLine(("  " + line).TrimEnd());
            }
            output.WriteLine();
        }
        return exit;
    }

    /// <summary>Replaces the help action of <paramref name="root"/>'s help option (it serves every subcommand).</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> examples)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new ExamplesHelpAction((HelpAction)option.Action!, examples);
    }
}
