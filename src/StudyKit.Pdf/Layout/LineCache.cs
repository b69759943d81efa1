namespace StudyKit.Pdf.Layout;

/// <summary>
/// The lines of every paragraph broken so far, by its runs and width: a pack prints the same stems, choices and
/// evidence in every variant, each time in a new <see cref="Paragraph"/>, and breaking lines is most of the
/// cost of layout. Lines depend only on the runs, the width and the measurer, so a hit gives the very lines
/// a fresh break would. One cache per measurer; not thread-safe, like the measurer.
/// </summary>
internal sealed class LineCache(ITextMeasurer measurer)
{
    private readonly Dictionary<Key, IReadOnlyList<TextLine>> lines = [];

    /// <summary>The measurer the cached lines were broken with.</summary>
    public ITextMeasurer Measurer { get; } = measurer;

    /// <summary>The lines of <paramref name="runs"/> broken at <paramref name="width"/>.</summary>
    public IReadOnlyList<TextLine> Break(IReadOnlyList<Run> runs, float width)
    {
        var key = new Key(runs, width);
        if (!lines.TryGetValue(key, out var result))
        {
            result = new LineBreaker(Measurer, width).Break(runs);
            lines[key] = result;
        }
        return result;
    }

    /// <summary>Runs compared run by run (text, style and link), and a width.</summary>
    private readonly struct Key(IReadOnlyList<Run> runs, float width) : IEquatable<Key>
    {
        private readonly IReadOnlyList<Run> runs = runs;
        private readonly float width = width;

        public bool Equals(Key other)
        {
            if (width != other.width || runs.Count != other.runs.Count)
            {
                return false;
            }
            for (var i = 0; i < runs.Count; i++)
            {
                if (!runs[i].Equals(other.runs[i]))
                {
                    return false;
                }
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(width);
            foreach (var run in runs)
            {
                hash.Add(run);
            }
            return hash.ToHashCode();
        }
    }
}
