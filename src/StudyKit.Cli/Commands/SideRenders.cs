using StudyKit.Export;
using StudyKit.Packing;

namespace StudyKit.Cli.Commands;

/// <summary>
/// Renders formats on a thread of their own, one after the other in the order given, while the caller renders the
/// PDFs: they are a small part of a pack's work, and the PDFs do not keep every core busy all the time (while the
/// fonts are cut down, and at the end, when one lane is done before the other), so the exports no longer add
/// their time to the end of the run (issue 6). A renderer that fails stops the ones after it, as a run in order would.
/// </summary>
internal sealed class SideRenders
{
    private readonly List<(IPackRenderer Renderer, TaskCompletionSource<IReadOnlyList<OutputFile>> Files)> renders;
    private readonly Task thread;

    /// <summary>Starts rendering <paramref name="renderers"/>, handing each file to <paramref name="finished"/> when done.</summary>
    public SideRenders(IEnumerable<IPackRenderer> renderers, ClassPack pack, Action<OutputFile> finished)
    {
        renders = [.. renderers.Select(r => (r, new TaskCompletionSource<IReadOnlyList<OutputFile>>()))];
        // Not on the thread pool: the PDF lanes use its threads, and this thread runs for most of their time.
        thread = Task.Factory.StartNew(() =>
        {
            foreach (var (renderer, files) in renders)
            {
                try
                {
                    files.SetResult(renderer.Render(pack, finished));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    files.SetException(e);
                    foreach (var (_, later) in renders)
                    {
                        later.TrySetCanceled();
                    }
                    return;
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The files of <paramref name="renderer"/>, once rendered; its failure, rethrown, when it failed.</summary>
    public IReadOnlyList<OutputFile> Files(IPackRenderer renderer) =>
        renders.Single(r => ReferenceEquals(r.Renderer, renderer)).Files.Task.GetAwaiter().GetResult();

    /// <summary>Waits until nothing renders any more, whatever the outcome.</summary>
    public void WaitForAll() => thread.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
}
