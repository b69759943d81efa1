using StudyKit.Pdf.Layout;

namespace StudyKit.Pdf.Tests.Layout;

public sealed class LanesTests
{
    private sealed class Lane : IDisposable
    {
        public static int Open;

        public Lane() => Interlocked.Increment(ref Open);

        public void Dispose() => Interlocked.Decrement(ref Open);
    }

    [Fact]
    public void Run_FailingItems_OthersStillRunAndTheLowestFailureIsThrown()
    {
        var done = new bool[6];

        var failures = Lanes.Run([5, 4, 3, 2, 1, 0], () => new Lane(), (_, i) =>
        {
            done[i] = true;
            if (i is 1 or 4)
            {
                throw new InvalidOperationException($"item {i}");
            }
        });

        Assert.All(done, Assert.True);
        Assert.Equal([false, true, false, false, true, false], failures.Select(f => f is not null));
        Assert.Equal(0, Lane.Open);
        var thrown = Assert.Throws<InvalidOperationException>(() => Lanes.ThrowFirst(failures));
        Assert.Equal("item 1", thrown.Message);
    }
}
