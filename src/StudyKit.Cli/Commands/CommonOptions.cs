using System.CommandLine;
using System.Globalization;

namespace StudyKit.Cli.Commands;

/// <summary>Arguments and options shared by several commands.</summary>
internal static class CommonOptions
{
    public static readonly Argument<string[]> Sources = new("sources")
    {
        Description = "Article files (.txt, .md) or folders of them; default: seeds/ (or the built-in samples)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<string?> Language = new("--lang")
    {
        Description = "Language of prompts and headings (default: the articles' language)",
    };

    public static readonly Option<int> Seed = new("--seed")
    {
        Description = "Seed for all randomness; the same seed gives the same papers",
        HelpName = "S",
        DefaultValueFactory = _ => StudyKit.Seed.Default.Value,
    };

    public static readonly Option<int> MaxSizeMegabytes = new("--max-size")
    {
        Description = "Largest article file read, in MB",
        HelpName = "MB",
        // Extraction and item generation grow faster than linearly with a dense paragraph (a 1 MB line of
        // quotes takes most of a minute), so the default keeps a stray dump or log file from running for hours.
        DefaultValueFactory = _ => 2,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors: no progress, no list of files (a result sent to standard output is still printed)" };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print stage timings and details, and the full error on failure" };

    static CommonOptions()
    {
        Language.AcceptOnlyFromAmong("id", "en");
        Seed.Validators.Add(r => AtLeast(r, 0, "--seed must be zero or a positive whole number."));
        MaxSizeMegabytes.Validators.Add(r => AtLeast(r, 1, "--max-size must be at least 1 (MB)."));
    }

    /// <summary>Adds <paramref name="message"/> when the option's number is below <paramref name="min"/>;
    /// a token that is not a number is left to the parser's own error.</summary>
    private static void AtLeast(System.CommandLine.Parsing.OptionResult r, int min, string message)
    {
        if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < min)
        {
            r.AddError(message);
        }
    }

    public static Reading.ArticleLanguage? ParseLanguage(string? value) => value switch
    {
        "id" => Reading.ArticleLanguage.Id,
        "en" => Reading.ArticleLanguage.En,
        _ => null,
    };

    public static long Bytes(int megabytes) => megabytes * 1_048_576L;

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
