using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Tests.TestData;

namespace StudyKit.Pdf.Tests.Documents;

/// <summary>Writes the fixture's PDFs to a folder for looking at them; run on demand only.</summary>
public sealed class DumpDocuments
{
    [Fact(Explicit = true)]
    public void Dump_FixturePack_WritesFilesToFolder()
    {
        var folder = Environment.GetEnvironmentVariable("STUDYKIT_PDF_DUMP") ?? Path.Combine(Path.GetTempPath(), "studykit-pdf");
        Directory.CreateDirectory(folder);
        foreach (var file in new PdfPackRenderer().Render(PackFixture.Pack()))
        {
            File.WriteAllBytes(Path.Combine(folder, file.Path), file.Content.ToArray());
        }
        var roster = Path.Combine(folder, "roster");
        Directory.CreateDirectory(roster);
        foreach (var file in new PdfPackRenderer(new PdfOptions { Paper = PaperSize.Letter }).Render(PackFixture.Roster(30, 2)))
        {
            File.WriteAllBytes(Path.Combine(roster, file.Path), file.Content.ToArray());
        }
        Assert.True(Directory.EnumerateFiles(folder, "*.pdf").Any());
    }
}
