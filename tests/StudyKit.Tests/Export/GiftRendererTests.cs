using System.Diagnostics;
using System.Text.Json;
using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

/// <summary>Parses the GIFT export with the npm package gift-pegjs (tests/gift) and compares it with the bank.</summary>
public sealed class GiftRendererTests
{
    private static readonly StudyKit.Packing.ClassPack Pack = ExportFixture.Pack();

    /// <summary>The questions as gift-pegjs parses them, or a skip when node or the package is absent.</summary>
    internal static JsonElement ParseWithGiftPegjs(string gift)
    {
        var root = ExportFiles.RepoRoot();
        if (!Directory.Exists(Path.Combine(root, "tests", "gift", "node_modules", "gift-pegjs")))
        {
            Assert.Skip("tests/gift/node_modules is absent: run `npm install` in tests/gift to check GIFT with gift-pegjs.");
        }
        var file = Path.Combine(Path.GetTempPath(), "studykit-" + Path.GetRandomFileName() + ".gift");
        File.WriteAllText(file, gift);
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(root, "tests", "gift", "parse.js"), file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Skip("node is not on the PATH: the GIFT export cannot be checked with gift-pegjs.");
                throw;
            }
            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "gift-pegjs rejected the file: " + stderr);
                return JsonDocument.Parse(stdout.Result).RootElement.Clone();
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// gift-pegjs 1.0.2 turns each escape sequence into a placeholder ("\#" → "&amp;&amp;035;") and decodes the
    /// placeholders in formatted text, but not in a matching pair's plain right side (its PlainText rule).
    /// Moodle unescapes both. This decodes what the parser left, so the test sees what Moodle sees; a
    /// placeholder only appears where the parser recognised our escape sequence.
    /// </summary>
    internal static string PlainSubanswer(string text) => text
        .Replace("&&092;", "\\", StringComparison.Ordinal).Replace("&&058;", ":", StringComparison.Ordinal)
        .Replace("&&035;", "#", StringComparison.Ordinal).Replace("&&061;", "=", StringComparison.Ordinal)
        .Replace("&&123;", "{", StringComparison.Ordinal).Replace("&&125;", "}", StringComparison.Ordinal)
        .Replace("&&126;", "~", StringComparison.Ordinal);

    [Fact]
    public void Render_ParsedByGiftPegjs_MatchesTheBank()
    {
        var parsed = ParseWithGiftPegjs(ExportFiles.Text(new GiftRenderer(), Pack, "questions.gift"));
        var questions = parsed.EnumerateArray().Where(q => q.GetProperty("type").GetString() != "Category").ToList();
        var items = Pack.Bank.Items.Where(i => i.Format != ItemFormat.Card).ToList();

        Assert.Equal(items.Select(i => i.Id.Value), questions.Select(q => q.GetProperty("title").GetString()));
        foreach (var (item, question) in items.Zip(questions))
        {
            var stem = question.GetProperty("stem");
            Assert.Equal("html", stem.GetProperty("format").GetString());
            Assert.Equal(ExportFiles.FromHtml(ExportModel.QuestionHtml(item)), ExportFiles.FromHtml(stem.GetProperty("text").GetString()!));
            var feedback = question.GetProperty("globalFeedback").GetProperty("text").GetString()!;
            Assert.EndsWith(ExportFiles.FromHtml(ExportModel.FeedbackHtml(Pack, item)), ExportFiles.FromHtml(feedback), StringComparison.Ordinal);
            switch (item.Format)
            {
                case ItemFormat.MultipleChoice:
                    Assert.Equal("MC", question.GetProperty("type").GetString());
                    var choices = question.GetProperty("choices").EnumerateArray().ToList();
                    Assert.Equal(item.Choices.Select(c => ExportFiles.AsExported(c.Text)),
                        choices.Select(c => ExportFiles.FromHtml(c.GetProperty("text").GetProperty("text").GetString()!)));
                    Assert.Equal(item.Choices.Select(c => c.Correct), choices.Select(c => c.GetProperty("isCorrect").GetBoolean()));
                    Assert.All(choices, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("weight").ValueKind));
                    break;
                case ItemFormat.TrueFalse:
                    Assert.Equal("TF", question.GetProperty("type").GetString());
                    Assert.Equal(item.Choices[0].Correct, question.GetProperty("isTrue").GetBoolean());
                    break;
                case ItemFormat.Matching:
                    Assert.Equal("Matching", question.GetProperty("type").GetString());
                    var pairs = question.GetProperty("matchPairs").EnumerateArray().ToList();
                    Assert.Equal(item.Pairs.Select(p => p.Left), pairs.Select(p => ExportFiles.FromHtml(p.GetProperty("subquestion").GetProperty("text").GetString()!)));
                    Assert.Equal(item.Pairs.Select(p => p.Right), pairs.Select(p => PlainSubanswer(p.GetProperty("subanswer").GetString()!)));
                    break;
                case ItemFormat.Open:
                    Assert.Equal("Essay", question.GetProperty("type").GetString());
                    Assert.Contains(ExportFiles.AsExported(item.Answer), ExportFiles.FromHtml(feedback), StringComparison.Ordinal);
                    break;
                case ItemFormat.Card:
                    Assert.Fail($"card {item.Id} exported as a GIFT question");
                    break;
            }
        }
    }

    [Fact]
    public void Render_Categories_PrecedeEachKind()
    {
        var parsed = ParseWithGiftPegjs(ExportFiles.Text(new GiftRenderer(), Pack, "questions.gift"));
        string? category = null;
        foreach (var question in parsed.EnumerateArray())
        {
            if (question.GetProperty("type").GetString() == "Category")
            {
                category = question.GetProperty("title").GetString();
                continue;
            }
            var item = Pack.Bank.Items.Single(i => i.Id.Value == question.GetProperty("title").GetString());
            Assert.Equal("$course$/StudyKit/" + ExportNames.Of(item.Kind), category);
        }
    }

    [Fact]
    public void Render_HostileText_ComesBackExactly()
    {
        var parsed = ParseWithGiftPegjs(ExportFiles.Text(new GiftRenderer(), Pack, "questions.gift"));
        var whoSaid = parsed.EnumerateArray().Single(q => q.GetProperty("title").GetString()?.StartsWith("whosaid-", StringComparison.Ordinal) == true);

        Assert.Contains(ExportFixture.Hostile, ExportFiles.FromHtml(whoSaid.GetProperty("stem").GetProperty("text").GetString()!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("{x} ~ = # :", "\\{x\\} \\~ \\= \\# \\:")]
    [InlineData("\\{", "\\\\\\{")]
    public void Escape_SpecialCharacters_AreBackslashed(string text, string expected) =>
        Assert.Equal(expected, GiftRenderer.Escape(text));

    [Fact]
    public void Render_Text_HasNoBlankLineInsideAQuestion()
    {
        var gift = ExportFiles.Text(new GiftRenderer(), Pack, "questions.gift");

        foreach (var block in gift.Split("\n\n").Where(b => b.StartsWith("::", StringComparison.Ordinal)))
        {
            Assert.EndsWith("}\n", block + (block.EndsWith('\n') ? string.Empty : "\n"), StringComparison.Ordinal);
            Assert.Single(block.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        }
        Assert.DoesNotContain('\r', gift);
    }
}
