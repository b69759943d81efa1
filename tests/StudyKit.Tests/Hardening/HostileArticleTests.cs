using StudyKit.Export;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Tests.Hardening;

/// <summary>Issue 6: hostile article text through Reading → Extraction → Items ends in a
/// <see cref="StudyKitInputException"/> or in a bank that survives its own file format; never another
/// exception. The same shapes run a million times in <c>scripts/fuzz.sh</c>; these are the fixed cases.</summary>
public sealed class HostileArticleTests
{
    public static TheoryData<string, string, bool> Texts => new()
    {
        { "rtl", "مرحبا بالعالم\n\n“שלום עולם,” אמר ראש הממשלה.\n\nقال الوزير إن 11.000 شخص حضروا.\n", true },
        { "emoji", "\U0001F600 Judul \U0001F469\u200D\U0001F393\n\n“Kami \U0001F44D\U0001F3FD siap,” kata Ani \U0001F1EE\U0001F1E9 di Jakarta.\n", true },
        { "combining", "Z\u0336\u0335a\u0301\u0302\u0303l\u0327g\u0311o\n\n“e\u0301\u0301\u0301\u0301\u0301,” kata A\u030A\u030A.\n", true },
        { "long-word", "Judul\n\n" + new string('x', 500) + " “" + new string('y', 500) + ",” kata " + new string('Z', 500) + ".\n", true },
        { "lone-surrogates", "Judul \uD83D\n\n“Kami \uDE00 siap,” kata Ani \uFFFD.\n", true },
        { "controls", "Judul\u0007\n\n\u001B[31m“Kami siap,”\u202E kata Ani\u202C.\u200B\uFEFF\n", true },
        { "quotes-only", "“\n\n”\n\n“”“”“”\n\n«»‘’\"\"\n", true },
        { "unclosed-quotes", "Judul\n\n“Kami siap, kata Ani. “Kedua, ujar Budi.\n\n“" + string.Concat(Enumerable.Repeat("“a ", 300)) + "\n", true },
        { "numbers-only", "11.000\n\n1,5 2.000.000 19/6/2024 (19/6) Rp 1,2 triliun 50 persen US$ 3.5\n", true },
        { "noise-and-one-line", "Baca Juga: x\n\nBERITA TERKAIT\n\nKami siap.\n", true },
        { "one-character", "a", true },
        { "separators-only", "\n\r\n\r\r\n\u2028\u2029\u0085\n", false },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Pipeline_HostileText_InputErrorOrARoundTrippingBank(string name, string text, bool readable)
    {
        var documents = new[] { new SourceDocument($"{name}.txt", text), new SourceDocument("other.txt", text + "\n\nParagraf lain 12 kata.") };
        Corpus corpus;
        try
        {
            corpus = new CorpusReader().Read(documents);
        }
        catch (StudyKitInputException e)
        {
            Assert.False(readable, $"{name}: {e.OneLine}");
            Assert.DoesNotContain('\n', e.OneLine);
            return;
        }
        Assert.True(readable, $"{name} was read, but it holds no text to read");

        var bank = new ItemBankGenerator().Generate(new FindingsExtractor().Extract(corpus));

        var json = BankFile.Write(bank);
        Assert.Equal(json, BankFile.Write(BankFile.Read(json, "bank.json")));
        var yaml = BankFile.Write(bank, DataFormat.Yaml);
        Assert.Equal(yaml, BankFile.Write(BankFile.Read(yaml, "bank.yaml"), DataFormat.Yaml));
    }
}
