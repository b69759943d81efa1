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

    /// <summary>For each sentence of each article, its best counterpart in the other, or none when no sentence
    /// reaches <see cref="Reworded"/> (in sentence order; ties go to the earlier one). Each sentence pair's Dice computed once (Dice is symmetric) from
    /// the 4-grams the two sentences share, all pairs counted in one pass over each article.</summary>
    public static (List<Alignment> Forward, List<Alignment> Backward) Both(NarrativeProfile a, NarrativeProfile b)
    {
        var grams = SharedGrams.Of(a, b);
        var (rows, columns) = (a.Sentences.Length, b.Sentences.Length);
        var dice = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var total = grams.CountsA[i] + grams.CountsB[j];
                dice[i * columns + j] = total == 0 ? 0 : 2.0 * grams.Shared[i * columns + j] / total;
            }
        }
        return (Best(dice, rows, columns, transposed: false), Best(dice, columns, rows, transposed: true));
    }

    /// <summary>Each row's best column of the <paramref name="dice"/> matrix (rows × columns as stored, or the
    /// other way round when <paramref name="transposed"/>), the first one on a tie, when it reaches <see cref="Reworded"/>.</summary>
    private static List<Alignment> Best(double[] dice, int count, int others, bool transposed)
    {
        var result = new List<Alignment>();
        for (var i = 0; i < count; i++)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var j = 0; j < others; j++)
            {
                var s = transposed ? dice[j * count + i] : dice[i * others + j];
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
