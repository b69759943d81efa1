using System.Text;
using StudyKit.Export;
using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Layout;
using StudyKit.Pdf.Tests.TestData;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace StudyKit.Pdf.Tests.Documents;

/// <summary>The fixture pack rendered once per test run, and helpers to read the PDFs back with PdfPig.</summary>
internal static class RenderedPack
{
    private static readonly Lazy<IReadOnlyList<OutputFile>> Files = new(() => new PdfPackRenderer().Render(PackFixture.Pack()));
    private static readonly Lazy<SkiaTextMeasurer> Measurer = new(() => new SkiaTextMeasurer(FontSet.Load(null)));

    public static IReadOnlyList<OutputFile> All => Files.Value;

    public static byte[] Bytes(string path) => All.Single(f => f.Path == path).Content.ToArray();

    /// <summary>Each page's text with all whitespace removed, so that line wrapping does not matter.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squash(string.Concat(p.Letters.Select(l => l.Value)))).ToList();
    }

    public static string Text(byte[] pdf) => string.Concat(PageTexts(pdf));

    /// <summary>What the PDF should show for <paramref name="text"/>: prepared as the renderer does (NFC, placeholders
    /// for glyphs the font lacks), whitespace removed.</summary>
    public static string Expected(string text) => Squash(Measurer.Value.Prepare(text, TextStyle.Body));

    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The names in the catalog's /Dests dictionary.</summary>
    public static IReadOnlySet<string> NamedDestinations(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (!catalog.TryGet(NameToken.Dests, out var token))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
        var dests = token is IndirectReferenceToken reference
            ? (DictionaryToken)document.Structure.GetObject(reference.Data).Data
            : (DictionaryToken)token;
        return dests.Data.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every link annotation's /Dest name, with its page number.</summary>
    public static IReadOnlyList<(int Page, string Dest)> LinkDestinations(PdfDocument document) =>
        document.GetPages().SelectMany(page => page.GetAnnotations()
            .Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link)
            .Select(a => (page.Number, a.AnnotationDictionary.TryGet(NameToken.Dest, out var dest) && dest is NameToken name ? name.Data : string.Empty)))
            .ToList();
}
