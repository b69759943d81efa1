using StudyKit.Items;
using StudyKit.Packing;
using StudyKit.Pdf.Documents;
using StudyKit.Pdf.Tests.TestData;
using UglyToad.PdfPig;

namespace StudyKit.Pdf.Tests.Documents;

public sealed class AnswerKeyTests
{
    private static readonly ClassPack Pack = PackFixture.Pack();

    /// <summary>The key's text for one variant: from its heading to the next variant's (or the appendix).</summary>
    private static string Section(int index)
    {
        var text = RenderedPack.Text(RenderedPack.Bytes("answer-key.pdf"));
        var start = text.IndexOf("Varian" + Pack.Variants[index].Code, StringComparison.Ordinal);
        var end = index + 1 < Pack.Variants.Length
            ? text.IndexOf("Varian" + Pack.Variants[index + 1].Code, start, StringComparison.Ordinal)
            : text.IndexOf("Lampiran:", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"variant {index} not found in the key");
        return text[start..end];
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Key_EveryItem_ShowsTheVariantsKeyLetters(int index)
    {
        var section = Section(index);
        var at = 0;
        foreach (var item in Pack.Variants[index].Items)
        {
            var printed = item.Item.Format switch
            {
                ItemFormat.MultipleChoice => item.Key,
                ItemFormat.TrueFalse => item.Choices[item.Key[0] - 'A'].Text[..1],
                ItemFormat.Matching => RenderedPack.Squash(item.Key),
                ItemFormat.Open or ItemFormat.Card => "Panduanguru:",
            };
            var entry = RenderedPack.Expected($"{item.Number}.") + printed;
            var next = section.IndexOf(entry, at, StringComparison.Ordinal);
            Assert.True(next >= at, $"variant {index}, item {item.Number}: expected “{entry}” after offset {at}");
            at = next;
        }
    }

    [Fact]
    public void Key_TrueFalseKeyB_PrintsTheSalahBoxLabel()
    {
        var item = Pack.Variants[0].Items.Single(i => i.Item.Kind == ItemKind.TrueFalse);

        Assert.Equal("B", item.Key);
        Assert.Equal("S", WorksheetSections.KeyLabel(item));
        Assert.Contains($"{item.Number}.S—Salah", Section(0), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Key_EveryEntry_NamesArticleLabelOutletAndParagraph(int index)
    {
        var section = Section(index);
        foreach (var item in Pack.Variants[index].Items)
        {
            foreach (var evidence in item.Item.Evidence)
            {
                var outlet = PackFixture.Articles.Single(a => a.Id == evidence.Article).Outlet;
                var source = RenderedPack.Squash($"Sumber: Artikel {evidence.Label.Value} · {outlet} · paragraf {evidence.Paragraph.Value}");
                Assert.Contains(source, section, StringComparison.Ordinal);
                Assert.Contains(RenderedPack.Expected(evidence.Excerpt), section, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Key_Links_PointAtNamedDestinationsOfCitedParagraphs()
    {
        using var document = PdfDocument.Open(RenderedPack.Bytes("answer-key.pdf"));

        var destinations = RenderedPack.NamedDestinations(document);
        var links = RenderedPack.LinkDestinations(document);
        var cited = Pack.Variants.SelectMany(v => v.Items).SelectMany(i => i.Item.Evidence)
            .Select(e => $"art-{e.Label.Value}-p{e.Paragraph.Value}").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(PackFixture.Articles.Sum(a => a.Paragraphs.Length), destinations.Count);
        Assert.All(links, l => Assert.Contains(l.Dest, destinations));
        Assert.Superset(cited, links.Select(l => l.Dest).ToHashSet(StringComparer.Ordinal));
        Assert.True(links.Count >= Pack.Variants.Sum(v => v.Items.Sum(i => i.Item.Evidence.Length)));
    }

    [Fact]
    public void Key_Discussion_CarriesTeachersGuidance()
    {
        var item = Pack.Variants[0].Items.Single(i => i.Item.Kind == ItemKind.Discussion);

        Assert.Contains(RenderedPack.Expected("Panduan guru: " + item.Item.Answer), Section(0), StringComparison.Ordinal);
    }
}
