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

    /// <summary><see cref="Align"/> both ways, each sentence pair's Dice computed once (Dice is symmetric).
    /// A pair whose Dice cannot reach <see cref="Reworded"/> (2·min/(|x|+|y|), the most it could share) is not
    /// compared: it could be neither a counterpart nor, being below one, beat one.</summary>
    public static (List<Alignment> Forward, List<Alignment> Backward) Both(NarrativeProfile a, NarrativeProfile b)
    {
        var (x, y) = (a.Sentences, b.Sentences);
        var scores = new double[x.Length * y.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var gi = x[i].Grams;
            for (var j = 0; j < y.Length; j++)
            {
                var gj = y[j].Grams;
                var bound = 2.0 * Math.Min(gi.Length, gj.Length) / (gi.Length + gj.Length);
                scores[i * y.Length + j] = gi.Length + gj.Length == 0 || bound < Reworded ? 0 : Shingles.Dice(gi, gj);
            }
        }
        return (Best(x.Length, y.Length, (i, j) => scores[i * y.Length + j]), Best(y.Length, x.Length, (j, i) => scores[i * y.Length + j]));
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
