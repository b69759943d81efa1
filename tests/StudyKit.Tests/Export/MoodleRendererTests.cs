using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using StudyKit.Export;
using StudyKit.Items;

namespace StudyKit.Tests.Export;

public sealed class MoodleRendererTests
{
    private static readonly StudyKit.Packing.ClassPack Pack = ExportFixture.Pack();

    private static XDocument Parse() =>
        XDocument.Parse(ExportFiles.Text(new MoodleRenderer(), Pack, "moodle.xml"), LoadOptions.SetLineInfo);

    private static IEnumerable<XElement> Questions(XDocument xml) =>
        xml.Root!.Elements("question").Where(q => (string?)q.Attribute("type") != "category");

    private static string Text(XElement parent, string name) => parent.Element(name)!.Element("text")!.Value;

    [Fact]
    public void Render_ParsesAsXml_WithOneQuestionPerNonCardItem()
    {
        var xml = Parse();

        Assert.Equal("quiz", xml.Root!.Name.LocalName);
        var expected = Pack.Bank.Items.Where(i => i.Format != ItemFormat.Card).Select(i => i.Id.Value);
        Assert.Equal(expected, Questions(xml).Select(q => q.Element("idnumber")!.Value));
        Assert.Equal(expected, Questions(xml).Select(q => Text(q, "name")));
    }

    [Fact]
    public void Render_EachQuestion_FollowsItsKindsCategory()
    {
        var xml = Parse();
        string? category = null;
        var categories = new List<string>();
        foreach (var question in xml.Root!.Elements("question"))
        {
            if ((string?)question.Attribute("type") == "category")
            {
                category = question.Element("category")!.Element("text")!.Value;
                categories.Add(category);
                continue;
            }
            var item = Pack.Bank.Items.Single(i => i.Id.Value == question.Element("idnumber")!.Value);
            Assert.Equal("$course$/StudyKit/" + ExportNames.Of(item.Kind), category);
        }
        Assert.Equal(categories.Distinct().Count(), categories.Count);
    }

    [Fact]
    public void Render_Questions_MatchTheMoodleShapeOfTheirType()
    {
        foreach (var question in Questions(Parse()))
        {
            var item = Pack.Bank.Items.Single(i => i.Id.Value == question.Element("idnumber")!.Value);
            Assert.Equal("html", (string?)question.Element("questiontext")!.Attribute("format"));
            Assert.Equal(ExportFiles.AsExported(item.Prompt), ExportFiles.FromHtml(StripTags(Text(question, "questiontext").Split("<blockquote>")[0])));
            var feedback = ExportFiles.FromHtml(Text(question, "generalfeedback"));
            Assert.All(item.Evidence, e => Assert.Contains(e.Excerpt, feedback, StringComparison.Ordinal));
            var type = (string)question.Attribute("type")!;
            switch (item.Format)
            {
                case ItemFormat.MultipleChoice:
                    Assert.Equal("multichoice", type);
                    Assert.Equal("true", question.Element("single")!.Value);
                    Assert.Equal("1", question.Element("shuffleanswers")!.Value);
                    Assert.Equal("ABCD", question.Element("answernumbering")!.Value);
                    var answers = question.Elements("answer").ToList();
                    Assert.Equal(item.Choices.Select(c => ExportFiles.AsExported(c.Text)), answers.Select(a => ExportFiles.FromHtml(a.Element("text")!.Value)));
                    Assert.Equal(item.Choices.Select(c => c.Correct ? "100" : "0"), answers.Select(a => (string)a.Attribute("fraction")!));
                    break;
                case ItemFormat.TrueFalse:
                    Assert.Equal("truefalse", type);
                    var fractions = question.Elements("answer").ToDictionary(a => a.Element("text")!.Value, a => (string)a.Attribute("fraction")!);
                    var isTrue = item.Choices[0].Correct;
                    Assert.Equal(isTrue ? "100" : "0", fractions["true"]);
                    Assert.Equal(isTrue ? "0" : "100", fractions["false"]);
                    break;
                case ItemFormat.Matching:
                    Assert.Equal("matching", type);
                    Assert.Equal("1", question.Element("shuffleanswers")!.Value);
                    var subquestions = question.Elements("subquestion").ToList();
                    Assert.True(subquestions.Count >= 2);
                    Assert.Equal(item.Pairs.Select(p => p.Left), subquestions.Select(s => ExportFiles.FromHtml(s.Element("text")!.Value)));
                    Assert.Equal(item.Pairs.Select(p => p.Right), subquestions.Select(s => s.Element("answer")!.Element("text")!.Value));
                    break;
                case ItemFormat.Open:
                    Assert.Equal("essay", type);
                    Assert.Contains(ExportFiles.AsExported(item.Answer), ExportFiles.FromHtml(Text(question, "graderinfo")), StringComparison.Ordinal);
                    Assert.Empty(question.Elements("answer"));
                    break;
                case ItemFormat.Card:
                    Assert.Fail($"card {item.Id} exported as a quiz question");
                    break;
            }
        }
    }

    [Fact]
    public void Render_HostileText_SurvivesXml()
    {
        var whoSaid = Questions(Parse()).Single(q => q.Element("idnumber")!.Value.StartsWith("whosaid-", StringComparison.Ordinal));

        Assert.Contains(ExportFixture.Hostile, ExportFiles.FromHtml(Text(whoSaid, "questiontext")), StringComparison.Ordinal);
        Assert.Contains(ExportFixture.Hostile, ExportFiles.FromHtml(Text(whoSaid, "generalfeedback")), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteCData_TextWithCDataEnd_IsSplitAndReadsBack()
    {
        var buffer = new StringBuilder();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("root");
            MoodleRenderer.WriteCData(writer, "a]]>b]]>]]>c\u0001d");
            writer.WriteEndElement();
        }

        Assert.Equal("a]]>b]]>]]>cd", XElement.Parse(buffer.ToString()).Element("text")!.Value);
        Assert.Contains("<![CDATA[a]]]]><![CDATA[>b]]]]>", buffer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Twice_GivesIdenticalBytes_WithoutBom()
    {
        var first = ExportFiles.Bytes(new MoodleRenderer(), ExportFixture.Pack(), "moodle.xml");
        var second = ExportFiles.Bytes(new MoodleRenderer(), ExportFixture.Pack(), "moodle.xml");

        Assert.Equal(first, second);
        Assert.Equal((byte)'<', first[0]);
        Assert.DoesNotContain((byte)'\r', first);
    }

    private static string StripTags(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html.Replace("<br>", "\n", StringComparison.Ordinal), "<[^>]+>", string.Empty, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
