using StudyKit.Packing;
using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Layout;
using StudyKit.Pdf.Tests.TestData;
using StudyKit.Reading;

namespace StudyKit.Pdf.Tests.Documents;

public sealed class PrintedCharactersTests
{
    public static TheoryData<string> Packs() => ["id", "en", "roster", "letter without articles"];

    private static (ClassPack Pack, PdfOptions Options) Named(string name) => name switch
    {
        "id" => (PackFixture.Pack(), new PdfOptions()),
        "en" => (PackFixture.Pack(ArticleLanguage.En), new PdfOptions()),
        "roster" => (PackFixture.Roster(3, 1), new PdfOptions()),
        _ => (PackFixture.Pack(), new PdfOptions { Paper = PaperSize.Letter, IncludeArticles = false }),
    };

    /// <summary>Every document of the pack laid out the slow way, and every character it draws.</summary>
    private static IEnumerable<string> DrawnTexts(ClassPack pack, PdfOptions options)
    {
        using var fonts = FontSet.Load(null);
        using var measurer = new SkiaTextMeasurer(fonts);
        var context = new DocumentContext(pack, options, Headings.For(pack.Bank.Language), DocumentContext.PageFor(options.Paper), measurer);
        var layout = new LayoutContext(measurer);
        var worksheet = new WorksheetDocument(context);
        var documents = pack.Variants.Select(worksheet.Build)
            .Append(new AnswerKeyDocument(context).Build())
            .Append(new StudyCardsDocument(context).Build())
            .Append(new ClassSheetDocument(context).Build());
        return documents.SelectMany(d => PdfWriter.Record(d, layout).Texts.Select(t => t.Text)).ToList();
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Of_FixturePack_ForeseesEveryCharacterItsDocumentsDraw(string name)
    {
        var (pack, options) = Named(name);

        var foreseen = PrintedCharacters.Of(pack, Headings.For(pack.Bank.Language));

        var missed = DrawnTexts(pack, options).SelectMany(t => t.EnumerateRunes()).Select(r => r.Value).Where(c => !foreseen.Contains(c)).Distinct().ToList();
        Assert.True(missed.Count == 0, "not foreseen: " + string.Join(", ", missed.Select(c => $"U+{c:X4}")));
    }

    [Fact]
    public void Render_CharacterNotForeseen_LaysOutAgainAndPrintsEveryText()
    {
        // Foresee every character but the letter a: the direct writing gives up, and the fonts are cut to what was drawn.
        var renderer = new PdfPackRenderer(null, (pack, words) =>
        {
            var all = PrintedCharacters.Of(pack, words);
            all.Remove('a');
            return all;
        });

        var files = renderer.Render(PackFixture.Pack());

        Assert.Equal(RenderedPack.All.Select(f => f.Path), files.Select(f => f.Path));
        foreach (var (file, expected) in files.Zip(RenderedPack.All))
        {
            Assert.Equal(RenderedPack.PageTexts(expected.Content.ToArray()), RenderedPack.PageTexts(file.Content.ToArray()));
        }
    }
}
