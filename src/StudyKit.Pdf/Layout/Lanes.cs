namespace StudyKit.Pdf.Layout;

/// <summary>
/// Work spread over the cores: one lane per core (at most four), each with state of its own (a measurer and its
/// caches are not thread-safe), taking the next item as it finishes one, in the order given, so that long items
/// put first do not leave one core working alone at the end. A failure is kept for its item and the other
/// items still run, so that the caller can report the failure a sequential run would have met first.
/// </summary>
internal static class Lanes
{
    /// <summary>Runs <paramref name="body"/> for every index of <paramref name="order"/> (a permutation of 0…n−1),
    /// each lane with its own state from <paramref name="open"/> (disposed at the end when it is disposable); returns
    /// each index's failure, or null.</summary>
    public static Exception?[] Run<TLane>(int[] order, Func<TLane> open, Action<TLane, int> body)
    {
        var failures = new Exception?[order.Length];
        var next = -1;
        Parallel.For(0, Math.Clamp(Math.Min(Environment.ProcessorCount, order.Length), 1, 4), _ =>
        {
            var lane = open();
            try
            {
                for (var taken = Interlocked.Increment(ref next); taken < order.Length; taken = Interlocked.Increment(ref next))
                {
                    var index = order[taken];
                    try
                    {
                        body(lane, index);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        failures[index] = e;
                    }
                }
            }
            finally
            {
                (lane as IDisposable)?.Dispose();
            }
        });
        return failures;
    }

    /// <summary><see cref="Run{TLane}"/> with no state per lane.</summary>
    public static Exception?[] Run(int[] order, Action<int> body) => Run(order, () => 0, (_, index) => body(index));

    /// <summary>Rethrows, unwrapped, the failure of the lowest index, as a sequential run would have thrown it.</summary>
    public static void ThrowFirst(Exception?[] failures)
    {
        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
    }
}
