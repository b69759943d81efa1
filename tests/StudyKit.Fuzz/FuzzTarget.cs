using System.Text;
using StudyKit.Export;
using StudyKit.Extraction;
using StudyKit.Items;
using StudyKit.Reading;

namespace StudyKit.Fuzz;

/// <summary>
/// One fuzz input through Reading → Extraction → Items and a bank round trip; then the bank, mutated, read back. The bytes are decoded
/// leniently (invalid UTF-8 becomes U+FFFD, as the library never sees bytes) and split into up to four
/// articles at each U+001E (record separator). Bad input may end in <see cref="StudyKitInputException"/>;
/// any other exception is a crash.
/// </summary>
internal static class FuzzTarget
{
    private const char Separator = '\u001E';
    private static readonly CorpusReader Reader = new();
    private static readonly FindingsExtractor Extractor = new();
    private static readonly ItemBankGenerator Generator = new();
    private static readonly Encoding Lenient = new UTF8Encoding(false, throwOnInvalidBytes: false);

    /// <param name="data">The input bytes.</param>
    /// <param name="roundTrip">Also write the bank, read it back and write it again (a quarter of the cost).</param>
    /// <returns>The bank as JSON (when <paramref name="roundTrip"/>) for <see cref="ReadBank"/> to mutate, else null.</returns>
    public static byte[]? Run(ReadOnlySpan<byte> data, bool roundTrip = true)
    {
        var text = Lenient.GetString(data);
        var documents = text.Split(Separator, 4)
            .Select((t, i) => new SourceDocument($"fuzz-{i + 1}.txt", t))
            .ToList();
        Corpus corpus;
        try
        {
            corpus = Reader.Read(documents);
        }
        catch (StudyKitInputException)
        {
            return null;
        }
        Check(corpus);
        var findings = Extractor.Extract(corpus);
        var bank = Generator.Generate(findings);
        if (!roundTrip)
        {
            return null;
        }
        var json = BankFile.Write(bank);
        var again = BankFile.Write(BankFile.Read(json, "fuzz.json"));
        if (!json.AsSpan().SequenceEqual(again))
        {
            throw new InvalidOperationException("The bank does not survive write → read → write unchanged.");
        }
        return json;
    }

    /// <summary>A hand-edited bank, as JSON or YAML (<paramref name="path"/>'s extension): it reads or fails with
    /// <see cref="StudyKitInputException"/>; any other exception is a crash.</summary>
    public static void ReadBank(byte[] content, string path)
    {
        try
        {
            BankFile.Read(content, path);
        }
        catch (StudyKitInputException)
        {
            // A clear message naming the file: the outcome wanted for a broken edit.
        }
    }

    /// <summary>Every paragraph's span gives back its text, as <see cref="TextSpan"/> promises.</summary>
    private static void Check(Corpus corpus)
    {
        foreach (var article in corpus.Articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                if (!string.Equals(article.Text[paragraph.Span.Start..paragraph.Span.End], paragraph.Text, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Paragraph {paragraph.Number.Value} of {article.Id.Value} does not equal its span.");
                }
            }
        }
    }
}
