using System.CommandLine;

namespace StudyKit.Cli.Commands;

/// <summary>Options of the commands that print a class pack (<c>generate</c>, <c>build</c>).</summary>
internal static class PackCommandOptions
{
    public static readonly string[] AllFormats = ["pdf", "json", "moodle", "gift", "anki", "quizlet", "csv"];

    public static readonly Option<string> Out = new("--out", "-o") { Description = "Folder to write into", HelpName = "DIR", DefaultValueFactory = _ => "output" };
    public static readonly Option<int> Variants = new("--variants", "-n") { Description = "Number of variants (A, B, C…)", HelpName = "N", DefaultValueFactory = _ => 3 };
    public static readonly Option<string?> Roster = new("--roster") { Description = "CSV with a name column: one paper per student (instead of --variants)", HelpName = "FILE" };
    public static readonly Option<int> Questions = new("--questions") { Description = "Questions per paper", HelpName = "N", DefaultValueFactory = _ => 20 };
    public static readonly Option<bool> Pool = new("--pool") { Description = "Draw different questions for each variant" };
    public static readonly Option<string> Paper = new("--paper") { Description = "Paper size of the PDFs", DefaultValueFactory = _ => "a4" };
    public static readonly Option<bool> NoArticles = new("--no-articles") { Description = "Leave the articles appendix out of the worksheets" };
    public static readonly Option<string?> Font = new("--font") { Description = "TrueType/OpenType font file for the PDFs (default: a system font)", HelpName = "FILE" };
    public static readonly Option<string> Formats = new("--format", "-f")
    {
        Description = "Comma-separated outputs: " + string.Join(",", AllFormats),
        HelpName = "LIST",
        DefaultValueFactory = _ => string.Join(",", AllFormats),
    };

    static PackCommandOptions()
    {
        Paper.AcceptOnlyFromAmong("a4", "letter");
        Variants.Validators.Add(r => Range(r, 1, 500, "--variants"));
        Questions.Validators.Add(r => Range(r, 1, 200, "--questions"));
        Formats.Validators.Add(r =>
        {
            var unknown = Split(r.GetValueOrDefault<string>() ?? "").Where(f => !AllFormats.Contains(f, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                r.AddError($"Unknown --format '{string.Join(",", unknown)}'; choose from {string.Join(",", AllFormats)}.");
            }
        });
        Formats.CompletionSources.Add(context => CompleteFormats(context.WordToComplete));
    }

    /// <summary>Adds the pack options to <paramref name="command"/>, and the rule that --variants and --roster exclude each other.</summary>
    public static void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
        command.Validators.Add(r =>
        {
            if (r.GetResult(Variants) is { Implicit: false } && r.GetResult(Roster) is not null)
            {
                r.AddError("Use either --variants or --roster: a roster makes one paper per student.");
            }
        });
    }

    public static IEnumerable<Option> All => [Out, Variants, Roster, CommonOptions.Seed, Questions, Pool, CommonOptions.Language, Paper, NoArticles, Formats, Font];

    /// <summary>Tab completion for a comma list: "pdf,mo" → "pdf,moodle"; names already in the list are not offered again.</summary>
    public static IEnumerable<string> CompleteFormats(string word)
    {
        var comma = word.LastIndexOf(',');
        var done = Split(comma < 0 ? "" : word[..comma]);
        var prefix = comma < 0 ? "" : word[..(comma + 1)];
        return AllFormats.Where(f => !done.Contains(f, StringComparer.Ordinal)).Select(f => prefix + f);
    }

    public static IReadOnlyList<string> Split(string formats) =>
        formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public static PackRequest Read(ParseResult r) => new(
        r.GetValue(Out)!, r.GetValue(Variants), r.GetValue(Roster), new Seed(r.GetValue(CommonOptions.Seed)), r.GetValue(Questions),
        r.GetValue(Pool), CommonOptions.ParseLanguage(r.GetValue(CommonOptions.Language)), r.GetValue(Paper)!, !r.GetValue(NoArticles),
        Split(r.GetValue(Formats)!), r.GetValue(Font));

    private static void Range(System.CommandLine.Parsing.OptionResult r, int min, int max, string name)
    {
        // A token that is not a number is reported by the parser itself; only judge parsed values.
        if (r.Tokens.Count == 0 || !int.TryParse(r.Tokens[^1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return;
        }
        if (value < min || value > max)
        {
            r.AddError($"{name} must be between {min} and {max}.");
        }
    }
}
