using System.Text;
using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

/// <summary>One item of every kind through every renderer.</summary>
public sealed class EveryKindTests
{
    public static TheoryData<ItemKind> Kinds() => [.. Enum.GetValues<ItemKind>()];

    /// <summary>Where an item of <paramref name="kind"/> must appear. Exhaustive: a new kind fails the build here.</summary>
    private static bool IsQuestion(ItemKind kind) => kind switch
    {
        ItemKind.WhoSaid or ItemKind.FactCloze or ItemKind.AccordingToWhom or ItemKind.WhichArticle or ItemKind.WhichAgency
            or ItemKind.QuoteVia or ItemKind.WhichRewrites or ItemKind.RewriteChanges or ItemKind.WhichReport
            or ItemKind.QuoteWording or ItemKind.MatchQuotes or ItemKind.MatchSources or ItemKind.TrueFalse
            or ItemKind.Discussion => true,
        ItemKind.QuoteCard or ItemKind.PersonCard or ItemKind.TermCard or ItemKind.FactCard => false,
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_OneItemOfKind_AppearsWhereItBelongs(ItemKind kind)
    {
        var item = ExportFixture.ItemOf(kind);
        var pack = ExportFixture.Pack(ExportFixture.Bank([item]));
        var id = item.Id.Value;

        foreach (var renderer in ExportFiles.Renderers)
        {
            var files = renderer.Render(pack);
            Assert.Equal(files.Select(f => f.Path).Order(StringComparer.Ordinal), files.Select(f => f.Path));
            var text = string.Concat(files.Select(f => Encoding.UTF8.GetString(f.Content.Span)));
            var expected = renderer switch
            {
                JsonRenderer => true,
                MoodleRenderer or GiftRenderer or CsvKeyRenderer => IsQuestion(kind),
                AnkiRenderer => !IsQuestion(kind),
                QuizletRenderer => !IsQuestion(kind),
                _ => throw new InvalidOperationException(renderer.Format),
            };
            var marker = renderer switch
            {
                AnkiRenderer => AnkiRenderer.Guid(item.Id),
                QuizletRenderer => Html.OneLine(item.Answer),
                _ => id,
            };
            Assert.True(expected == text.Contains(marker, StringComparison.Ordinal), $"{renderer.Format}: {kind} expected {(expected ? "present" : "absent")}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_OneItemOfKind_GiftParses(ItemKind kind)
    {
        var pack = ExportFixture.Pack(ExportFixture.Bank([ExportFixture.ItemOf(kind)]));
        var files = new GiftRenderer().Render(pack);
        if (!IsQuestion(kind))
        {
            Assert.Empty(files);
            return;
        }

        var parsed = GiftRendererTests.ParseWithGiftPegjs(Encoding.UTF8.GetString(files.Single().Content.Span));

        Assert.Equal(["Category", kind == ItemKind.Discussion ? "Essay" : kind.Format() switch
        {
            ItemFormat.MultipleChoice => "MC",
            ItemFormat.TrueFalse => "TF",
            ItemFormat.Matching => "Matching",
            ItemFormat.Open or ItemFormat.Card => "none",
        }], parsed.EnumerateArray().Select(q => q.GetProperty("type").GetString()));
    }

    [Fact]
    public void Renderers_Formats_AreTheCommandLineNames() =>
        Assert.Equal(["json", "moodle", "gift", "anki", "quizlet", "csv"], ExportFiles.Renderers.Select(r => r.Format));
}
