using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Layout;
using StudyKit.Pdf.Tests.TestData;
using UglyToad.PdfPig;

namespace StudyKit.Pdf.Tests.Documents;

public sealed class LargePackTests
{
    [Fact]
    public void Render_ThirtyStudentRosterOnLetter_PrintsNamesRepeatsSheetHeaderAndStaysInMargins()
    {
        var pack = PackFixture.Roster(students: 30, rounds: 2);

        var files = new PdfPackRenderer(new PdfOptions { Paper = PaperSize.Letter, IncludeArticles = false }).Render(pack);

        Assert.Equal(30 + 3, files.Count);
        var first = RenderedPack.PageTexts(files.Single(f => f.Path == "worksheet-01-nur-aini.pdf").Content.ToArray());
        Assert.Contains(RenderedPack.Squash("Nama: Nur ’Aini Rahmawati-Putri Siswa 01"), first[0], StringComparison.Ordinal);
        var sheet = RenderedPack.PageTexts(files.Single(f => f.Path == "class-sheet.pdf").Content.ToArray());
        Assert.True(sheet.Count > 1, "30 students × 36 questions should need more than one page");
        Assert.All(sheet, page => Assert.Contains("Varian", page, StringComparison.Ordinal));
        var margin = PageSetup.Mm(20);
        foreach (var file in files.Where(f => f.Path is "class-sheet.pdf" or "answer-key.pdf" or "worksheet-30-nur-aini.pdf"))
        {
            using var document = PdfDocument.Open(file.Content.ToArray());
            Assert.All(document.GetPages().SelectMany(p => p.Letters.Select(l => (p, l))).Where(x => !string.IsNullOrWhiteSpace(x.l.Value)), x =>
                Assert.True(x.l.BoundingBox.Left >= margin - 0.5 && x.l.BoundingBox.Right <= x.p.Width - margin + 0.5
                    && x.l.BoundingBox.Bottom >= margin - 0.5 && x.l.BoundingBox.Top <= x.p.Height - margin + 0.5,
                    $"{file.Path} page {x.p.Number}: “{x.l.Value}” outside the margins"));
        }
    }

    [Fact]
    public void Render_PageLimitTooLow_ThrowsLayoutErrorNamingTheLimit()
    {
        var renderer = new PdfPackRenderer(new PdfOptions { MaxPages = 2 });

        var error = Assert.Throws<LayoutException>(() => renderer.Render(PackFixture.Pack()));

        Assert.Contains("more than 2 pages", error.Message, StringComparison.Ordinal);
    }
}
