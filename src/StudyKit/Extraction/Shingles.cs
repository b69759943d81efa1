using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>A normalised word of an article and where it lies in <see cref="Article.Text"/>.</summary>
/// <param name="Text">Lower-cased letters and digits; a number keeps only its digits ("11.000" → "11000").</param>
/// <param name="Start">Offset of the first character of the word.</param>
/// <param name="End">Offset one past its last character.</param>
internal readonly record struct WordToken(string Text, int Start, int End);

/// <summary>
/// Tokens, word n-grams and character n-grams with a stable 64-bit hash (FNV-1a): the same text gives the
/// same hashes in every process, unlike <c>string.GetHashCode</c>.
/// </summary>
internal static class Shingles
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>An odd multiplier with well-spread bits (2^64 / golden ratio) for combining word hashes.</summary>
    private const ulong GramMultiplier = 0x9E3779B97F4A7C15UL;

    /// <summary>Tokens of <paramref name="text"/>[<paramref name="span"/>], skipping <paramref name="skip"/> spans.
    /// Lower-cased, punctuation dropped, digit groups joined ("12,46" → "1246"), and a split-off clitic
    /// ("tim nya") joined back to its word, so tokenised and plain copies of a text agree.</summary>
    public static List<WordToken> Tokens(string text, TextSpan span, IReadOnlyList<TextSpan>? skip = null) =>
        Tokens(text, span, skip is null ? [] : SkipSpans(skip));

    /// <summary>The non-empty spans of <paramref name="skip"/> sorted by start, as <see cref="Tokens(string, TextSpan, TextSpan[])"/> takes them.</summary>
    public static TextSpan[] SkipSpans(IEnumerable<TextSpan> skip) => skip.Where(s => s.End > s.Start).OrderBy(s => s.Start).ToArray();

    /// <summary>As <see cref="Tokens(string, TextSpan, IReadOnlyList{TextSpan})"/>, with the skipped spans already
    /// prepared by <see cref="SkipSpans"/> (once per article rather than once per sentence).</summary>
    public static List<WordToken> Tokens(string text, TextSpan span, TextSpan[] skipped)
    {
        var scanner = new WordScanner();
        scanner.Scan(text, span, skipped);
        var tokens = new List<WordToken>(scanner.Count);
        for (var k = 0; k < scanner.Count; k++)
        {
            var word = scanner[k];
            tokens.Add(new WordToken(scanner.Letters(k).ToString(), word.Start, word.End));
        }
        return tokens;
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>, continuing from <paramref name="hash"/>.</summary>
    public static ulong Hash(string text, ulong hash = FnvOffset) => Hash(text.AsSpan(), hash);

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>, continuing from <paramref name="hash"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> text, ulong hash = FnvOffset)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }
        return hash;
    }

    /// <summary>The hashes of the <paramref name="n"/>-grams of a sequence of word hashes, in order, repeats kept.</summary>
    public static ulong[] WordGramHashes(ReadOnlySpan<ulong> words, int n)
    {
        if (words.Length < n)
        {
            return [];
        }
        var grams = new ulong[words.Length - n + 1];
        for (var i = 0; i < grams.Length; i++)
        {
            var hash = FnvOffset;
            foreach (var word in words.Slice(i, n))
            {
                // Each step is one-to-one in the hash so far and in the word, so grams differing in one word never collide.
                hash = (BitOperations.RotateLeft(hash, 23) ^ word) * GramMultiplier;
            }
            grams[i] = hash;
        }
        return grams;
    }

    /// <summary>Sorts <paramref name="values"/> and drops repeats: the array itself when it had none, else a copy.</summary>
    public static ulong[] SortDistinct(ulong[] values)
    {
        var distinct = SortDistinct(values.AsSpan());
        return distinct == values.Length ? values : values[..distinct];
    }

    /// <summary>Sorts <paramref name="values"/> in place, moves the distinct ones to the front and returns their count.</summary>
    public static int SortDistinct(Span<ulong> values)
    {
        values.Sort();
        var distinct = values.Length == 0 ? 0 : 1;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] != values[distinct - 1])
            {
                values[distinct++] = values[i];
            }
        }
        return distinct;
    }

    /// <summary>How many values two sorted distinct sets share.</summary>
    public static int Shared(ulong[] a, ulong[] b)
    {
        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /// <summary>Formats a share for diagnostics and tests.</summary>
    public static string Format(double share) => share.ToString("0.00", CultureInfo.InvariantCulture);
}
