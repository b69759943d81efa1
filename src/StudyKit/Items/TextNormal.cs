using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace StudyKit.Items;

/// <summary>
/// Text comparison for the gates: case, diacritics, punctuation and whitespace do not count, but the
/// separators inside a number do ("11.000" stays "11.000", so it never equals "11 000" or "11000").
/// </summary>
internal static class TextNormal
{
    /// <summary>Texts up to this many characters are normalised in a buffer on the stack.</summary>
    private const int StackChars = 256;

    /// <summary>Lower-case, diacritics removed, punctuation as spaces, whitespace collapsed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = Decomposed(text);
        // The result is never longer than the input: short texts are built on the stack, long ones in a pooled buffer.
        char[]? rented = null;
        Span<char> buffer = decomposed.Length <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(decomposed.Length));
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            switch (RoleAt(decomposed, i))
            {
                case CharRole.Word:
                    if (pendingSpace && length > 0)
                    {
                        buffer[length++] = ' ';
                    }
                    pendingSpace = false;
                    buffer[length++] = char.ToLowerInvariant(decomposed[i]);
                    break;
                case CharRole.Gap:
                    pendingSpace = true;
                    break;
            }
        }
        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return result;
    }

    /// <summary>
    /// True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words after
    /// normalisation. Short all-capital forms ("AS", "US") must match their case, so that the English word
    /// "as" is not taken for Amerika Serikat.
    /// </summary>
    public static bool ContainsPhrase(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var prepared = Phrase.Of(phrase);
        if (prepared.Never)
        {
            return false;
        }
        return prepared.ExactCase
            ? ContainsWholeWordExact(text, prepared.Trimmed)
            : (" " + Normalize(text) + " ").Contains(prepared.Padded, StringComparison.Ordinal);
    }

    /// <summary>True when any of <paramref name="phrases"/> occurs in <paramref name="text"/> (normalised once for all of them).</summary>
    public static bool ContainsAny(string text, IEnumerable<string> phrases)
    {
        var prepared = new PhraseText(text);
        return phrases.Any(p => prepared.Contains(Phrase.Of(p)));
    }

    /// <summary>
    /// The first of <paramref name="openers"/> (normalised words, as "hal ini") that <paramref name="text"/>
    /// opens with as whole words after normalisation; null when none.
    /// </summary>
    public static string? OpenerOf(string text, IEnumerable<string> openers)
    {
        var normal = Normalize(text);
        foreach (var opener in openers)
        {
            if (normal.StartsWith(opener, StringComparison.Ordinal) && (normal.Length == opener.Length || normal[opener.Length] == ' '))
            {
                return opener;
            }
        }
        return null;
    }

    /// <summary>
    /// A phrase prepared for <see cref="ContainsPhrase"/> against many texts: normalised once.
    /// </summary>
    /// <param name="Trimmed">The phrase as written, trimmed: matched by case when <paramref name="ExactCase"/>.</param>
    /// <param name="Padded">The normalised phrase with a space on each side.</param>
    /// <param name="ExactCase">A short form with a capital ("AS", "US"), matched as written.</param>
    internal readonly record struct Phrase(string Trimmed, string Padded, bool ExactCase)
    {
        /// <summary>True for a phrase with no letters or digits, which occurs nowhere.</summary>
        public bool Never => Padded.Length == 2;

        public static Phrase Of(string phrase)
        {
            ArgumentNullException.ThrowIfNull(phrase);
            var trimmed = phrase.Trim();
            return new(trimmed, " " + Normalize(phrase) + " ", trimmed.Length <= 3 && phrase.Any(char.IsUpper));
        }
    }

    /// <summary>
    /// A text prepared for <see cref="ContainsPhrase"/> with many phrases: normalised once. Gives the
    /// same answers as <see cref="ContainsPhrase"/> on the text as written.
    /// </summary>
    internal sealed class PhraseText
    {
        private readonly string _text;

        public PhraseText(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            _text = text;
            Padded = " " + Normalize(text) + " ";
        }

        /// <summary>The text normalised, with a space on each side.</summary>
        public string Padded { get; }

        /// <summary>True when <paramref name="phrase"/> occurs in the text as whole words (<see cref="ContainsPhrase"/>).</summary>
        public bool Contains(Phrase phrase) =>
            !phrase.Never && (phrase.ExactCase
                ? ContainsWholeWordExact(_text, phrase.Trimmed)
                : Padded.Contains(phrase.Padded, StringComparison.Ordinal));

        /// <summary>True when any of <paramref name="phrases"/> occurs in the text.</summary>
        public bool ContainsAny(ImmutableArray<Phrase> phrases)
        {
            foreach (var phrase in phrases)
            {
                if (Contains(phrase))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The number of words (runs of letters or digits): the words <see cref="Normalize"/> would write, counted without writing them.</summary>
    public static int WordCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = Decomposed(text);
        var count = 0;
        var inWord = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            // A mark neither ends nor starts a word, as Normalize drops it.
            var role = RoleAt(decomposed, i);
            if (role == CharRole.Mark)
            {
                continue;
            }
            if (role == CharRole.Word && !inWord)
            {
                count++;
            }
            inWord = role == CharRole.Word;
        }
        return count;
    }

    /// <summary>The normalised words of <paramref name="text"/>.</summary>
    public static string[] Words(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary><paramref name="text"/> cut to at most <paramref name="words"/> words, with "…" when cut.</summary>
    public static string Shorten(string text, int words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= words)
        {
            return text.Trim();
        }
        return string.Join(' ', parts.Take(words)).TrimEnd(',', ';', ':', '.', '-', '–') + "…";
    }

    /// <summary>
    /// What <see cref="GenerationContext.Carries(StudyKit.Reading.Article, string, int)"/> looks for in a text: every run of a number of its normalised words in a row,
    /// or all its words when it has fewer. No string per run: the text is normalised and padded with a space
    /// on each side once, and a run is the slice from the space before its first word to the space after its
    /// last, so that it matches whole words only.
    /// </summary>
    internal sealed class WordRuns
    {
        /// <summary>Where the spaces of <see cref="Padded"/> are: word k lies between spaces k and k + 1.</summary>
        private readonly int[] _spaces;

        private WordRuns(string padded, int window)
        {
            Padded = padded;
            // Counted first (a vectorised count), so that the positions go straight into an array of their size.
            _spaces = new int[padded.Length > 2 ? padded.AsSpan().Count(' ') : 0];
            for (int i = 0, k = 0; k < _spaces.Length; i++)
            {
                if (padded[i] == ' ')
                {
                    _spaces[k++] = i;
                }
            }
            var words = Math.Max(_spaces.Length - 1, 0);
            Size = Math.Min(words, window);
            Count = Size > 0 ? words - Size + 1 : 0;
        }

        /// <summary>The normalised text with a space on each side.</summary>
        public string Padded { get; }

        /// <summary>The number of words in each run: the window, or all the words of a shorter text.</summary>
        public int Size { get; }

        /// <summary>The number of runs.</summary>
        public int Count { get; }

        /// <summary>The runs of <paramref name="window"/> words of <paramref name="text"/>.</summary>
        public static WordRuns Of(string text, int window) => new(" " + Normalize(text) + " ", window);

        /// <summary>The runs of a text already normalised and padded with a space on each side.</summary>
        public static WordRuns OfPadded(string padded, int window) => new(padded, window);

        /// <summary>Run <paramref name="index"/>: its words with single spaces between them and one on each side.</summary>
        public ReadOnlySpan<char> Run(int index) => Padded.AsSpan(_spaces[index], _spaces[index + Size] - _spaces[index] + 1);

        /// <summary>A 64-bit FNV-1a hash of a run, for sets of runs; equal runs hash the same in every process.</summary>
        public static ulong Hash(ReadOnlySpan<char> run)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in run)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            return hash;
        }
    }

    /// <summary>
    /// True when two wordings plausibly say the same thing: at least 30% of the content words (four letters
    /// or more) of the shorter one appear in the other. Guards against quotes linked by mistake.
    /// </summary>
    public static bool SameGist(string a, string b)
    {
        static HashSet<string> Content(string text) => Words(text).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        var x = Content(a);
        var y = Content(b);
        var smaller = Math.Min(x.Count, y.Count);
        return smaller > 0 && x.Count(y.Contains) * 10 >= smaller * 3;
    }

    /// <summary>What a character is to <see cref="Normalize"/> and <see cref="WordCount"/>.</summary>
    private enum CharRole
    {
        /// <summary>A combining mark (the accent of a decomposed "é"): dropped.</summary>
        Mark,

        /// <summary>A letter, a digit or a separator inside a number ("11.000"): part of a word.</summary>
        Word,

        /// <summary>Anything else: white space or punctuation between words.</summary>
        Gap,
    }

    /// <summary>What character <paramref name="i"/> of a <see cref="Decomposed"/> text is.</summary>
    /// <remarks>
    /// Inlined into both loops, which run over every character the gates compare. Most characters are ASCII,
    /// which has no marks, and whose letters and digits the ASCII test finds without Unicode tables; the
    /// separators inside numbers ('.' and ',') are ASCII too.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharRole RoleAt(string text, int i)
    {
        var c = text[i];
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c) || IsNumberSeparator(text, i) ? CharRole.Word : CharRole.Gap;
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? CharRole.Mark
            : char.IsLetterOrDigit(c) ? CharRole.Word
            : CharRole.Gap;
    }

    /// <summary><paramref name="text"/> in canonical decomposition, so that accents are marks of their own; itself when nothing decomposes.</summary>
    private static string Decomposed(string text) => HasDecomposable(text) ? text.Normalize(NormalizationForm.FormD) : text;

    /// <summary>
    /// False when no character of <paramref name="text"/> changes under canonical decomposition, so that
    /// <see cref="Normalize"/> can skip it (most news text): every character below U+00C0 (ASCII and the
    /// Latin-1 signs) and the general punctuation and currency signs U+2002–U+20CF (curly quotes, dashes,
    /// "…", "€") decompose to themselves; U+2000 and U+2001 decompose to other spaces.
    /// </summary>
    private static bool HasDecomposable(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u00C0' && (c < '\u2002' || c > '\u20CF'))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNumberSeparator(string text, int i) =>
        (text[i] == '.' || text[i] == ',') && i > 0 && i + 1 < text.Length
        && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static bool ContainsWholeWordExact(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }
}
