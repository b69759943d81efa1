using System.Diagnostics;
using System.Globalization;

namespace StudyKit.Cli;

/// <summary>
/// Tells the user, on standard error, what a long run is doing. Two independent outputs:
/// <list type="bullet">
/// <item>a live status line ("studykit: [3/6] rendering pdf…"), rewritten in place with a carriage
/// return, only when standard error is a terminal and not under <c>--quiet</c>, and erased at the end, so
/// that logs and pipes never see it;</item>
/// <item>under <c>--verbose</c>, one permanent line per finished stage with its duration, plus details
/// (how many articles, items, rejections), whether or not standard error is a terminal.</item>
/// </list>
/// Standard output is never touched: it carries the results (the list of files, or JSON/YAML).
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    /// <summary>The longest status line: fits an 80-column terminal.</summary>
    private const int MaxStatus = 79;

    private readonly TextWriter _error;
    private readonly bool _live;
    private readonly bool _verbose;
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _stages;
    private int _stage;
    private string? _current;
    private long _stageStarted;
    private string _status = "";
    private readonly List<string> _details = [];

    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal (not redirected to a file or pipe).</param>
    /// <param name="quiet">--quiet: no status line and no details; errors still go to <paramref name="error"/>.</param>
    /// <param name="verbose">--verbose: stage timings and details.</param>
    public ProgressReporter(TextWriter error, bool errorIsTerminal, bool quiet, bool verbose)
    {
        _error = error;
        _live = errorIsTerminal && !quiet;
        _verbose = verbose && !quiet;
    }

    /// <summary>A reporter that says nothing (for callers that need none).</summary>
    public static ProgressReporter Silent => new(TextWriter.Null, errorIsTerminal: false, quiet: true, verbose: false);

    /// <summary>Sets how many stages the run has, for the "[n/total]" counter.</summary>
    public void Expect(int stages) => _stages = stages;

    /// <summary>Ends the current stage (printing its time under --verbose) and starts <paramref name="what"/>.</summary>
    public void Stage(string what)
    {
        EndStage();
        _stage++;
        _current = what;
        _stageStarted = Stopwatch.GetTimestamp();
        if (_live)
        {
            var counter = _stages >= _stage ? Invariant($"[{_stage}/{_stages}] ") : "";
            Show($"studykit: {counter}{what}…");
        }
    }

    /// <summary>A detail for --verbose ("6 articles from seeds/"), printed under the stage's timing line.</summary>
    public void Detail(string text)
    {
        if (_verbose)
        {
            _details.Add(text);
        }
    }

    /// <summary>Ends the last stage, prints the total time under --verbose, and erases the status line.</summary>
    public void Dispose()
    {
        EndStage();
        if (_verbose && _stage > 0)
        {
            Permanent(Invariant($"studykit: done in {Seconds(_started)}"));
        }
        Show("");
    }

    private void EndStage()
    {
        if (_current is not null && _verbose)
        {
            Permanent(Invariant($"studykit: {_current} ({Seconds(_stageStarted)})"));
        }
        foreach (var detail in _details)
        {
            Permanent($"studykit:   {detail}");
        }
        _details.Clear();
        _current = null;
    }

    /// <summary>Writes a line that stays, first erasing the status line so the two do not mix.</summary>
    private void Permanent(string line)
    {
        var status = _status;
        Show("");
        _error.WriteLine(line);
        Show(status);
    }

    /// <summary>Rewrites the status line in place: carriage return, the text, spaces over what was longer.</summary>
    private void Show(string text)
    {
        // A line longer than the terminal wraps, and a carriage return then rewrites only its last part.
        text = text.Length <= MaxStatus ? text : text[..(MaxStatus - 1)] + "…";
        if (!_live || text == _status)
        {
            return;
        }
        _error.Write('\r' + text.PadRight(_status.Length) + (text.Length == 0 ? "\r" : ""));
        _error.Flush();
        _status = text;
    }

    private static string Seconds(long since) => Invariant($"{Stopwatch.GetElapsedTime(since).TotalSeconds:0.00} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
