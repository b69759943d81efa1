using System.Buffers;

namespace StudyKit.Extraction;

/// <summary>One sentence's best counterpart in another article.</summary>
/// <param name="Index">The sentence's index in its own profile.</param>
/// <param name="Counterpart">The index of the best sentence in the other profile.</param>
/// <param name="Similarity">Character 4-gram Dice of the two.</param>
internal readonly record struct Alignment(int Index, int Counterpart, double Similarity);

/// <summary>
/// Aligns each sentence of one article with its most similar sentence of another by character 4-gram
/// Dice (METER-style): ≥ 0.85 is verbatim, 0.5–0.85 reworded, below 0.5 no counterpart.
/// </summary>
internal static class SentenceAligner
{
    /// <summary>Dice at or above which a sentence has a (reworded) counterpart.</summary>
    public const double Reworded = 0.5;

    /// <summary>Dice at or above which the two sentences count as the same words.</summary>
    public const double Verbatim = 0.85;

    /// <summary>For each sentence of <paramref name="from"/>, its best counterpart in <paramref name="to"/>,
    /// or none when no sentence reaches <see cref="Reworded"/>. In sentence order; ties go to the earlier one.</summary>
    public static List<Alignment> Align(NarrativeProfile from, NarrativeProfile to) => Both(from, to).Forward;

    /// <summary><see cref="Align"/> both ways, each sentence pair's Dice computed once (Dice is symmetric) from
    /// the 4-grams the two sentences share, all pairs counted in one merge of the two articles' grams.</summary>
    public static (List<Alignment> Forward, List<Alignment> Backward) Both(NarrativeProfile a, NarrativeProfile b)
    {
        var (x, y) = (a.SentenceGrams, b.SentenceGrams);
        var (rows, columns) = (x.SentenceCount, y.SentenceCount);
        var shared = ArrayPool<int>.Shared.Rent(Math.Max(1, rows * columns));
        try
        {
            SentenceGrams.CountShared(x, y, shared.AsSpan(0, rows * columns));
            double Dice(int i, int j)
            {
                var total = x.Count(i) + y.Count(j);
                return total == 0 ? 0 : 2.0 * shared[i * columns + j] / total;
            }
            return (Best(rows, columns, Dice), Best(columns, rows, (j, i) => Dice(i, j)));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
        }
    }

    private static List<Alignment> Best(int count, int others, Func<int, int, double> score)
    {
        var result = new List<Alignment>();
        for (var i = 0; i < count; i++)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var j = 0; j < others; j++)
            {
                var s = score(i, j);
                if (s > bestScore)
                {
                    (best, bestScore) = (j, s);
                }
            }
            if (best >= 0 && bestScore >= Reworded)
            {
                result.Add(new Alignment(i, best, bestScore));
            }
        }
        return result;
    }
}
