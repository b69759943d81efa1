using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Tests.Extraction;

public sealed class ShinglesTests
{
    private static List<string> Words(string text) => Shingles.Tokens(text, new TextSpan(0, text.Length)).Select(t => t.Text).ToList();

    [Fact]
    public void Tokens_NumbersInEitherNotation_NormaliseToDigits()
    {
        Assert.Equal(Words("Ada 11.000 kontainer, naik 12,46%."), ["ada", "11000", "kontainer", "naik", "1246"]);
        Assert.Equal(Words("There are 11,000 containers"), ["there", "are", "11000", "containers"]);
    }

    [Fact]
    public void Tokens_SplitOffClitic_JoinsItsWord()
    {
        Assert.Equal(Words("tim nya kalah"), Words("timnya kalah"));
    }

    [Fact]
    public void Tokens_SkipSpans_AreLeftOut()
    {
        const string text = "Ia berkata \"kami menang\" tadi";
        var skip = new List<TextSpan> { new(text.IndexOf('"', StringComparison.Ordinal) + 1, text.LastIndexOf('"')) };

        var words = Shingles.Tokens(text, new TextSpan(0, text.Length), skip).Select(t => t.Text);

        Assert.Equal(["ia", "berkata", "tadi"], words);
    }

    [Fact]
    public void Tokens_Offsets_PointAtTheWordsInTheText()
    {
        const string text = "Rabu (19/6/2024), Pyongyang.";

        var tokens = Shingles.Tokens(text, new TextSpan(0, text.Length));

        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End].ToLowerInvariant().Replace(".", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Hash_SameText_SameValueInEveryProcess()
    {
        // FNV-1a over UTF-16 code units: fixed constants, not string.GetHashCode.
        Assert.Equal(14695981039346656037UL, Shingles.Hash(""));
        Assert.Equal(Shingles.Hash("pakta pertahanan"), Shingles.Hash("pakta pertahanan"));
        Assert.NotEqual(Shingles.Hash("ab"), Shingles.Hash("ba"));
        Assert.Equal(0x089BE207B544F1E4UL, Shingles.Hash("a"));
    }

    [Fact]
    public void WordGramHashes_OrderMatters_AndSharedCountsCommonGrams()
    {
        static ulong[] Grams(string text) =>
            Shingles.SortDistinct(Shingles.WordGramHashes(Words(text).Select(w => Shingles.Hash(w)).ToArray(), 5));
        var small = Grams("satu dua tiga empat lima enam");
        var large = Grams("nol satu dua tiga empat lima enam tujuh delapan");
        var shuffled = Grams("enam lima empat tiga dua satu");

        Assert.Equal(2, small.Length);
        Assert.Equal(5, large.Length);
        Assert.Equal(2, Shingles.Shared(small, large));
        Assert.Equal(0, Shingles.Shared(small, shuffled));
        Assert.Empty(Shingles.WordGramHashes(new ulong[4], 5));
    }

    [Fact]
    public void SortDistinct_SortsAndDropsRepeats_SharedMerges()
    {
        var values = Shingles.SortDistinct(new ulong[] { 9, 3, 9, 1, 3 });

        Assert.Equal([1UL, 3, 9], values);
        Assert.Equal(2, Shingles.Shared(values, [0UL, 3, 9, 12]));
        Assert.Equal(0, Shingles.Shared(values, []));
    }

    [Fact]
    public void ShingleIndex_SharedShingles_MakeCandidatesAndFrequentOnesAreSkipped()
    {
        var index = new ShingleIndex(maxPostings: 2);
        index.Add(0, [1UL, 2UL, 9UL]);
        index.Add(1, [1UL, 2UL, 9UL]);
        index.Add(2, [3UL, 4UL, 9UL]);
        index.Add(3, [3UL, 5UL]);

        var pairs = index.Pairs(minShared: 2);

        // 9 is held by three documents (over the cap), so (0,2) and (1,2) never meet; (2,3) share one only.
        Assert.Equal([(0, 1, 2)], pairs);
    }

    [Fact]
    public void ShingleIndex_ShortDocuments_NeedShareOnlyWhatTheyHold()
    {
        var index = new ShingleIndex(maxPostings: 8);
        index.Add(0, [1UL, 2UL, 3UL]);
        index.Add(1, [1UL, 4UL, 5UL]);
        index.Add(2, [1UL]);
        index.Add(3, [2UL, 3UL]);

        // Only shingles some other document holds count: document 1 holds one (4 and 5 are its own), document 2
        // one, so each needs to share just that; documents 0 and 3 hold three and two, and share two.
        Assert.Equal([(0, 3, 2)], index.Pairs(minShared: 2));
        Assert.Equal([(0, 1, 1), (0, 2, 1), (0, 3, 2), (1, 2, 1)], index.Pairs(minShared: 2, shortDocuments: true));
    }
}
