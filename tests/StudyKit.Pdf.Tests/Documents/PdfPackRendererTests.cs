using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Layout;
using StudyKit.Pdf.Tests.TestData;
using UglyToad.PdfPig;

namespace StudyKit.Pdf.Tests.Documents;

public sealed class PdfPackRendererTests
{
    private static readonly ClassPack Pack = PackFixture.Pack();

    [Fact]
    public void Render_Pack_WritesEveryDocumentSortedByPath()
    {
        var paths = RenderedPack.All.Select(f => f.Path).ToList();

        Assert.Equal(["answer-key.pdf", "class-sheet.pdf", "study-cards.pdf", "worksheet-variant-a.pdf", "worksheet-variant-b.pdf"], paths);
        Assert.Equal("pdf", new PdfPackRenderer().Format);
    }

    [Fact]
    public void Render_WithFinished_HandsOverEveryDocumentOnceAsReturned()
    {
        var handed = new System.Collections.Concurrent.ConcurrentBag<StudyKit.Export.OutputFile>();

        var files = new PdfPackRenderer().Render(PackFixture.Pack(), handed.Add);

        Assert.Equal(files.Select(f => f.Path), handed.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.True(file.Content.Span.SequenceEqual(handed.Single(h => h.Path == file.Path).Content.Span), file.Path));
        Assert.All(RenderedPack.All.Zip(files), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void Render_Twice_GivesByteIdenticalFiles()
    {
        var again = new PdfPackRenderer().Render(PackFixture.Pack());

        Assert.All(RenderedPack.All.Zip(again), pair =>
        {
            Assert.Equal(pair.First.Path, pair.Second.Path);
            Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), $"{pair.First.Path} differs between renders");
        });
    }

    [Fact]
    public void Render_Fonts_AreEmbeddedAsSubsets()
    {
        // Issue 4: with the whole faces embedded (DejaVu Sans and Bold), every PDF was over 700 KB.
        Assert.All(RenderedPack.All, file => Assert.True(file.Content.Length < 150_000, $"{file.Path}: {file.Content.Length} bytes"));
    }

    [Fact]
    public void Render_DocumentDate_IsWrittenAsGiven()
    {
        using var document = PdfDocument.Open(RenderedPack.Bytes("worksheet-variant-a.pdf"));

        // The newest article date of the fixture, not the clock.
        Assert.Equal("D:20240621000000+00'00'", document.Information.CreationDate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Worksheet_EveryItem_PrintedWithItsChoicesInVariantOrder(int index)
    {
        var variant = Pack.Variants[index];
        var text = RenderedPack.Text(RenderedPack.Bytes($"worksheet-{variant.FileStem}.pdf"));

        foreach (var item in variant.Items)
        {
            var at = text.IndexOf(RenderedPack.Expected(item.Number + "." + item.Item.Prompt), StringComparison.Ordinal);
            Assert.True(at >= 0, $"item {item.Number} ({item.Item.Kind}) is missing");
            var options = item.Choices.Select(c => c.Text).Concat(item.MatchOptions).ToList();
            foreach (var option in options)
            {
                var next = text.IndexOf(RenderedPack.Expected(option), at, StringComparison.Ordinal);
                Assert.True(next > at, $"item {item.Number}: option “{option}” missing or out of order");
                at = next;
            }
        }
    }

    [Fact]
    public void Worksheet_EveryQuestion_StaysOnOnePageWithItsChoices()
    {
        var variant = Pack.Variants[0];
        var pages = RenderedPack.PageTexts(RenderedPack.Bytes($"worksheet-{variant.FileStem}.pdf"));

        Assert.True(pages.Count > 3, "the fixture should need several pages of questions");
        foreach (var item in variant.Items)
        {
            var prompt = RenderedPack.Expected(item.Number + "." + item.Item.Prompt);
            var page = pages.Single(p => p.Contains(prompt, StringComparison.Ordinal));
            Assert.All(item.Choices.Select(c => c.Text).Concat(item.MatchOptions), option =>
                Assert.Contains(RenderedPack.Expected(option), page[page.IndexOf(prompt, StringComparison.Ordinal)..], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Worksheet_Header_HasFieldsVariantCodeAndFooterOnEveryPage()
    {
        var pages = RenderedPack.PageTexts(RenderedPack.Bytes("worksheet-variant-b.pdf"));

        Assert.Contains("Nama:", pages[0], StringComparison.Ordinal);
        Assert.Contains("Kelas:", pages[0], StringComparison.Ordinal);
        Assert.Contains("Tanggal:", pages[0], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith(RenderedPack.Squash($"Varian B · seed 2024 · {i + 1} / {pages.Count}"), pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Worksheet_Appendix_LabelsArticlesAndKeepsDiacriticsAndCurlyQuotes()
    {
        var text = RenderedPack.Text(RenderedPack.Bytes("worksheet-variant-a.pdf"));

        Assert.Contains("Lampiran:artikelsumber", text, StringComparison.Ordinal);
        Assert.Contains("ArtikelC", text, StringComparison.Ordinal);
        Assert.Contains(RenderedPack.Squash("Warta Pesisir · 20 Juni 2024"), text, StringComparison.Ordinal);
        Assert.Contains("Café", text, StringComparison.Ordinal);
        Assert.Contains("Bạc", text, StringComparison.Ordinal);
        Assert.Contains("“kataBuSiti”", text, StringComparison.Ordinal);
        Assert.Contains("□", text, StringComparison.Ordinal);
        var pages = RenderedPack.PageTexts(RenderedPack.Bytes("worksheet-variant-a.pdf"));
        var body = string.Concat(pages.Select((p, i) => p[..^RenderedPack.Squash($"Varian A · seed 2024 · {i + 1} / {pages.Count}").Length]));
        Assert.Contains(PackFixture.FiveHundred, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Worksheet_OptionsForLetterWithoutArticlesAndAGivenDate_AreHonoured()
    {
        var date = new DateTimeOffset(2025, 1, 2, 8, 30, 0, TimeSpan.Zero);
        var files = new PdfPackRenderer(new PdfOptions { IncludeArticles = false, Paper = PaperSize.Letter, DocumentDate = date }).Render(Pack);

        var worksheet = files.Single(f => f.Path == "worksheet-variant-a.pdf").Content.ToArray();
        using var document = PdfDocument.Open(worksheet);
        Assert.Equal("D:20250102083000+00'00'", document.Information.CreationDate);
        Assert.DoesNotContain("Lampiran", RenderedPack.Text(worksheet), StringComparison.Ordinal);
        Assert.All(document.GetPages(), p => Assert.Equal((612d, 792d), (Math.Round(p.Width), Math.Round(p.Height))));
    }

    [Fact]
    public void Worksheet_EnglishBank_UsesEnglishHeadings()
    {
        var files = new PdfPackRenderer().Render(PackFixture.Pack(Reading.ArticleLanguage.En));

        var text = RenderedPack.Text(files.Single(f => f.Path == "worksheet-variant-a.pdf").Content.ToArray());
        Assert.Contains("Name:", text, StringComparison.Ordinal);
        Assert.Contains("Class:", text, StringComparison.Ordinal);
        Assert.Contains("Date:", text, StringComparison.Ordinal);
        Assert.Contains("Appendix:sourcearticles", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingFontPath_ThrowsNamingThePathAndFontOption()
    {
        var renderer = new PdfPackRenderer(new PdfOptions { FontPath = "/nonexistent/NoSuchFont.ttf" });

        var error = Assert.Throws<FontNotFoundException>(() => renderer.Render(Pack));

        Assert.Contains("/nonexistent/NoSuchFont.ttf", error.Message, StringComparison.Ordinal);
        Assert.Contains("--font", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllDocuments_EveryGlyph_LiesInsideThePageMargins()
    {
        var margin = PageSetup.Mm(20);
        foreach (var file in RenderedPack.All)
        {
            using var document = PdfDocument.Open(file.Content.ToArray());
            foreach (var page in document.GetPages())
            {
                foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
                {
                    var box = letter.BoundingBox;
                    var inside = box.Left >= margin - 0.5 && box.Right <= page.Width - margin + 0.5
                        && box.Bottom >= margin - 0.5 && box.Top <= page.Height - margin + 0.5;
                    Assert.True(inside, $"{file.Path} page {page.Number}: “{letter.Value}” at {box} is outside the margins");
                }
            }
        }
    }

    /// <summary>Every kind renders somewhere: questions on the worksheet, cards on the study cards.</summary>
    [Fact]
    public void Render_ItemOfEveryKind_AppearsInItsDocument()
    {
        var worksheet = RenderedPack.Text(RenderedPack.Bytes("worksheet-variant-a.pdf"));
        var cards = RenderedPack.Text(RenderedPack.Bytes("study-cards.pdf"));

        foreach (var kind in Enum.GetValues<ItemKind>())
        {
            var item = PackFixture.ItemFor(kind);
            var document = kind switch
            {
                ItemKind.WhoSaid or ItemKind.FactCloze or ItemKind.AccordingToWhom or ItemKind.WhichArticle or ItemKind.WhichAgency
                    or ItemKind.QuoteVia or ItemKind.WhichRewrites or ItemKind.RewriteChanges or ItemKind.WhichReport
                    or ItemKind.QuoteWording or ItemKind.MatchQuotes or ItemKind.MatchSources or ItemKind.TrueFalse
                    or ItemKind.Discussion => worksheet,
                ItemKind.QuoteCard or ItemKind.PersonCard or ItemKind.TermCard or ItemKind.FactCard => cards,
            };
            Assert.Contains(RenderedPack.Expected(item.Prompt), document, StringComparison.Ordinal);
        }
    }
}
