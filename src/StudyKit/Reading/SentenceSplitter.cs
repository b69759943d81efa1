using System.Buffers;
using System.Collections.Frozen;

namespace StudyKit.Reading;

/// <summary>
/// Splits a paragraph into sentences (Indonesian and English). Quote marks and brackets are paired at
/// paragraph level first and nothing inside a pair is split, so a multi-sentence quote stays whole.
/// A stop is vetoed after an abbreviation ("Dr.", "Jl.", "Rp.", "Tbk."), a single-capital initial, inside
/// numbers ("11.000", "2.5"), after a fragment without lower-case letters ("KONTAN.CO.ID - SEOUL.") and
/// before a lower-case word. A stop glued to the next word (".Timnas") still ends a sentence.
/// </summary>
internal static class SentenceSplitter
{
    // An attribution after a quote that ends in "?" or "!" belongs to the quote's sentence:
    // "Is this the end?" Mr Blair asked.
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "asked", "added", "told", "shouted", "wrote", "replied", "kata", "ujar", "tanya", "teriak", "katanya"],
        StringComparer.OrdinalIgnoreCase);

    // Terminators and every mark Pairs can make a closer of.
    private static readonly SearchValues<char> Candidates = SearchValues.Create(".!?…\"”»)]");

    /// <summary>Sentence spans, relative to <paramref name="paragraph"/>, covering all its non-space text.</summary>
    public static IReadOnlyList<TextSpan> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        using var pairs = Pairs.Find(paragraph);
        var spans = new List<TextSpan>();
        var start = SkipSpace(paragraph, 0);
        // Only a terminator or a closing mark can end a sentence (see BoundaryAt): the search jumps from one to the next.
        var i = NextIndex.Of(paragraph, start, Candidates);
        while (i >= 0)
        {
            var end = BoundaryAt(paragraph, i, start, pairs);
            if (end > 0)
            {
                spans.Add(new TextSpan(start, end));
                start = SkipSpace(paragraph, end);
                i = NextIndex.Of(paragraph, start, Candidates);
                continue;
            }
            i = NextIndex.Of(paragraph, i + 1, Candidates);
        }
        var last = paragraph.Length;
        while (last > start && char.IsWhiteSpace(paragraph[last - 1]))
        {
            last--;
        }
        if (last > start)
        {
            spans.Add(new TextSpan(start, last));
        }
        return spans;
    }

    // The end (exclusive) of a sentence whose terminator is at i, or 0 when i ends no sentence.
    private static int BoundaryAt(string text, int i, int sentenceStart, Pairs pairs)
    {
        var c = text[i];
        var closingQuote = (pairs.IsCloser(i) || pairs.IsBracketCloser(i)) && i > 0
            && (IsTerminal(text[i - 1]) || (text[i - 1] is '\'' or '’' && i > 1 && IsTerminal(text[i - 2])));
        if (!closingQuote && (!IsTerminal(c) || pairs.IsInside(i)))
        {
            return 0;
        }
        var end = i + 1;
        while (end < text.Length && IsTerminal(text[end]) && !pairs.IsInside(end))
        {
            end++;
        }
        // Closers after the stop: quote marks, brackets, and a single quote closing a quote in a quote (.'").
        while (end < text.Length && (pairs.IsCloser(end) || text[end] is ')' or ']' or '\'' or '’'))
        {
            end++;
        }
        if (end >= text.Length)
        {
            return 0;
        }
        var next = SkipSpace(text, end);
        if (next >= text.Length)
        {
            return 0;
        }
        var glued = next == end;
        var n = text[next];
        var opensNext = char.IsUpper(n) || char.IsDigit(n) || pairs.IsOpener(next) || n is '(' or '[' or '“' or '‘';
        if (!opensNext)
        {
            return 0;
        }
        if (glued && !pairs.IsOpener(next) && !GluedSentenceStart(text, next, c))
        {
            return 0;
        }
        if (!HasLower(text, sentenceStart, end))
        {
            return 0;
        }
        if (c == '.' && end == i + 1 && !glued && IsAbbreviation(text, i))
        {
            return 0;
        }
        var terminator = closingQuote ? text[i - 1] is '\'' or '’' ? text[i - 2] : text[i - 1] : c;
        if (terminator is not '.' && pairs.IsCloser(end - 1) && AttributionFollows(text, next))
        {
            return 0;
        }
        return end;
    }

    // ".Timnas": a single stop glued to a capitalised word of at least three letters.
    private static bool GluedSentenceStart(string text, int next, char terminator) =>
        terminator == '.' && next + 2 < text.Length && char.IsUpper(text[next])
        && char.IsLower(text[next + 1]) && char.IsLower(text[next + 2]);

    private static bool IsAbbreviation(string text, int stop)
    {
        var begin = stop;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }
        var word = text[begin..stop];
        if (word.Length == 0)
        {
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        var lower = word.ToLowerInvariant();
        var lexicon = ReadingLexicon.All;
        if (lexicon.ClosingAbbreviations.Contains(lower))
        {
            return false;
        }
        if (lexicon.Abbreviations.Contains(lower))
        {
            return true;
        }
        // "U.S", "J.K": dotted capitals never end a sentence here; "a.m" (lower case) may.
        return word.Contains('.', StringComparison.Ordinal) && word.All(ch => ch == '.' || char.IsUpper(ch));
    }

    private static bool AttributionFollows(string text, int next)
    {
        var words = 0;
        var i = next;
        while (i < text.Length && words < 6)
        {
            var begin = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i > begin && SpeechVerbs.Contains(text[begin..i]))
            {
                return true;
            }
            if (i < text.Length && IsTerminal(text[i]))
            {
                return false;
            }
            words++;
            i = SkipSpace(text, i + (i == begin ? 1 : 0));
        }
        return false;
    }

    private static bool HasLower(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// Paired quote marks and brackets of one paragraph, as one set of flags per character. The arrays are
    /// borrowed from the shared pools (a paragraph's worth each) and given back on disposal.
    /// </summary>
    private sealed class Pairs : IDisposable
    {
        private const byte Inside = 1;
        private const byte Opener = 2;
        private const byte Closer = 4;
        private const byte BracketCloser = 8;

        // The characters Find pairs.
        private static readonly SearchValues<char> Marks = SearchValues.Create("\"“”«»()[]");

        private readonly byte[] _flags;

        // Per character, how many pairs open just before it minus how many close at it: a running sum over
        // the paragraph then says whether a character is inside some pair, in one pass however pairs nest.
        private readonly int[] _depthChange;

        private readonly int _length;

        private Pairs(int length)
        {
            _length = length;
            _flags = ArrayPool<byte>.Shared.Rent(length);
            _depthChange = ArrayPool<int>.Shared.Rent(length + 1);
            Array.Clear(_flags, 0, length);
            Array.Clear(_depthChange, 0, length + 1);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_flags);
            ArrayPool<int>.Shared.Return(_depthChange);
        }

        public bool IsInside(int i) => (_flags[i] & Inside) != 0;

        public bool IsOpener(int i) => (_flags[i] & Opener) != 0;

        public bool IsCloser(int i) => (_flags[i] & Closer) != 0;

        public bool IsBracketCloser(int i) => (_flags[i] & BracketCloser) != 0;

        public static Pairs Find(string text)
        {
            var pairs = new Pairs(text.Length);
            var straight = new List<int>();
            var curly = new Stack<int>();
            var guillemets = new Stack<int>();
            var brackets = new Stack<int>();
            for (var i = NextIndex.Of(text, 0, Marks); i >= 0; i = NextIndex.Of(text, i + 1, Marks))
            {
                switch (text[i])
                {
                    case '"':
                        straight.Add(i);
                        break;
                    case '“':
                        curly.Push(i);
                        break;
                    case '”' when curly.Count > 0:
                        pairs.Add(curly.Pop(), i, quote: true);
                        break;
                    case '«':
                        guillemets.Push(i);
                        break;
                    case '»' when guillemets.Count > 0:
                        pairs.Add(guillemets.Pop(), i, quote: true);
                        break;
                    case '(' or '[':
                        brackets.Push(i);
                        break;
                    case ')' or ']' when brackets.Count > 0:
                        var open = brackets.Pop();
                        if (i - open <= 300)
                        {
                            pairs.Add(open, i, quote: false);
                        }
                        break;
                    default:
                        break;
                }
            }
            for (var k = 0; k + 1 < straight.Count; k += 2)
            {
                pairs.Add(straight[k], straight[k + 1], quote: true);
            }
            if (straight.Count % 2 == 1)
            {
                // An unpaired mark takes its role from its neighbours: `true." He` closes, `: "What` opens.
                var lone = straight[^1];
                var before = lone > 0 && !char.IsWhiteSpace(text[lone - 1]);
                var after = lone + 1 < text.Length && !char.IsWhiteSpace(text[lone + 1]);
                pairs._flags[lone] |= before && !after ? Closer : !before && after ? Opener : (byte)0;
            }
            pairs.MarkInside();
            return pairs;
        }

        private void Add(int open, int close, bool quote)
        {
            if (open + 1 < close)
            {
                _depthChange[open + 1]++;
                _depthChange[close]--;
            }
            if (quote)
            {
                _flags[open] |= Opener;
                _flags[close] |= Closer;
            }
            else
            {
                _flags[close] |= BracketCloser;
            }
        }

        private void MarkInside()
        {
            var depth = 0;
            for (var k = 0; k < _length; k++)
            {
                depth += _depthChange[k];
                if (depth > 0)
                {
                    _flags[k] |= Inside;
                }
            }
        }
    }
}
