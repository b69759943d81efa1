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
    public static List<Alignment> Align(NarrativeProfile from, NarrativeProfile to)
    {
        var result = new List<Alignment>();
        for (var i = 0; i < from.Sentences.Length; i++)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var j = 0; j < to.Sentences.Length; j++)
            {
                var score = Shingles.Dice(from.Sentences[i].Grams, to.Sentences[j].Grams);
                if (score > bestScore)
                {
                    (best, bestScore) = (j, score);
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
