using Bogus;
using StudyKit.Extraction;

namespace StudyKit.Tests.Extraction;

public sealed class TextScanTests
{
    // Terminators, closing and opening marks, spaces, capitals and an abbreviation: every way a boundary is made or vetoed.
    private const string Alphabet = "ab A.!?…\"”“ 1Dr. Mr.  x”.";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SentenceEndAndStart_AreTheFirstAndLastBoundary_CharacterByCharacter(int seed)
    {
        // SentenceEnd and SentenceStart jump from terminator to terminator; a boundary found testing every character
        // must be the one they find.
        var random = new Randomizer(seed);
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Int(1, 40)).Select(_ => random.ArrayElement(Alphabet.ToCharArray())));
            for (var trial = 0; trial < 20; trial++)
            {
                var (a, b) = (random.Int(0, text.Length), random.Int(0, text.Length));
                var (low, high) = (Math.Min(a, b), Math.Max(a, b));
                Assert.Equal(FirstBoundary(text, low, high), TextScan.SentenceEnd(text, low, high));
                Assert.Equal(LastBoundary(text, low, high), TextScan.SentenceStart(text, low, high));
            }
        }
    }

    private static int FirstBoundary(string text, int position, int ceiling)
    {
        for (var j = position; j < ceiling; j++)
        {
            if (TextScan.IsBoundaryAt(text, 0, j))
            {
                return j;
            }
        }
        return ceiling;
    }

    private static int LastBoundary(string text, int floor, int position)
    {
        for (var j = Math.Min(position, text.Length) - 1; j > floor; j--)
        {
            if (TextScan.IsBoundaryAt(text, floor, j))
            {
                return j + 1;
            }
        }
        return floor;
    }
}
