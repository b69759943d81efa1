using System.Globalization;
using System.Text;
using System.Xml;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>
/// Moodle XML (<c>moodle.xml</c>): the pack's questions grouped in categories <c>$course$/StudyKit/&lt;kind&gt;</c>.
/// Multiple choice becomes <c>multichoice</c> (single answer, fractions 100/0, <c>shuffleanswers</c> written
/// explicitly because Moodle's default is off, numbering ABCD), true/false <c>truefalse</c>, matching
/// <c>matching</c>, discussion <c>essay</c> with the guidance as grader information. Every question carries
/// the item id in <c>idnumber</c> and its sources with excerpts in <c>generalfeedback</c>. Study cards are
/// not quiz questions and are left out; a pack without questions gives no file. HTML goes in CDATA, split where the text holds <c>]]&gt;</c>.
/// </summary>
public sealed class MoodleRenderer : IPackRenderer
{
    /// <inheritdoc/>
    public string Format => "moodle";

    /// <inheritdoc/>
    public IReadOnlyList<OutputFile> Render(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var questions = ExportModel.Questions(pack).Where(i => i.Format != ItemFormat.Card).ToList();
        if (questions.Count == 0)
        {
            return [];
        }
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            Encoding = new UTF8Encoding(false),
        };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("quiz");
            foreach (var group in questions.GroupBy(i => i.Kind))
            {
                WriteCategory(xml, group.Key);
                foreach (var item in group)
                {
                    WriteQuestion(xml, pack, item);
                }
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        buffer.WriteByte((byte)'\n');
        return [new OutputFile("moodle.xml", buffer.ToArray())];
    }

    private static void WriteCategory(XmlWriter xml, ItemKind kind)
    {
        xml.WriteStartElement("question");
        xml.WriteAttributeString("type", "category");
        xml.WriteStartElement("category");
        xml.WriteElementString("text", "$course$/StudyKit/" + ExportNames.Of(kind));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteQuestion(XmlWriter xml, ClassPack pack, Item item)
    {
        var type = item.Format switch
        {
            ItemFormat.MultipleChoice => "multichoice",
            ItemFormat.TrueFalse => "truefalse",
            ItemFormat.Matching => "matching",
            ItemFormat.Open => "essay",
            ItemFormat.Card => throw new InvalidOperationException("Study cards are not quiz questions."),
        };
        xml.WriteStartElement("question");
        xml.WriteAttributeString("type", type);
        xml.WriteStartElement("name");
        xml.WriteElementString("text", Html.OneLine(item.Id.Value));
        xml.WriteEndElement();
        WriteHtml(xml, "questiontext", ExportModel.QuestionHtml(item));
        WriteHtml(xml, "generalfeedback", ExportModel.FeedbackHtml(pack, item));
        xml.WriteElementString("defaultgrade", "1.0000000");
        xml.WriteElementString("penalty", item.Format switch
        {
            ItemFormat.TrueFalse => "1.0000000",
            ItemFormat.Open => "0.0000000",
            ItemFormat.MultipleChoice or ItemFormat.Matching or ItemFormat.Card => "0.3333333",
        });
        xml.WriteElementString("hidden", "0");
        xml.WriteElementString("idnumber", Html.OneLine(item.Id.Value));
        switch (item.Format)
        {
            case ItemFormat.MultipleChoice:
                WriteMultipleChoice(xml, item);
                break;
            case ItemFormat.TrueFalse:
                WriteTrueFalse(xml, item);
                break;
            case ItemFormat.Matching:
                WriteMatching(xml, item);
                break;
            case ItemFormat.Open:
                WriteEssay(xml, item);
                break;
            case ItemFormat.Card:
                break;
        }
        xml.WriteStartElement("tags");
        foreach (var tag in ExportModel.Tags(item))
        {
            xml.WriteStartElement("tag");
            xml.WriteElementString("text", tag);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteMultipleChoice(XmlWriter xml, Item item)
    {
        xml.WriteElementString("single", "true");
        xml.WriteElementString("shuffleanswers", "1");
        xml.WriteElementString("answernumbering", "ABCD");
        xml.WriteElementString("showstandardinstruction", "0");
        foreach (var choice in item.Choices)
        {
            xml.WriteStartElement("answer");
            xml.WriteAttributeString("fraction", choice.Correct ? "100" : "0");
            xml.WriteAttributeString("format", "html");
            WriteCData(xml, Html.Encode(choice.Text));
            WriteHtml(xml, "feedback", string.Empty);
            xml.WriteEndElement();
        }
    }

    private static void WriteTrueFalse(XmlWriter xml, Item item)
    {
        var isTrue = ExportModel.StatementIsTrue(item);
        foreach (var (text, correct) in new[] { ("true", isTrue), ("false", !isTrue) })
        {
            xml.WriteStartElement("answer");
            xml.WriteAttributeString("fraction", correct ? "100" : "0");
            xml.WriteAttributeString("format", "moodle_auto_format");
            xml.WriteElementString("text", text);
            WriteHtml(xml, "feedback", string.Empty);
            xml.WriteEndElement();
        }
    }

    private static void WriteMatching(XmlWriter xml, Item item)
    {
        xml.WriteElementString("shuffleanswers", "1");
        foreach (var pair in item.Pairs)
        {
            xml.WriteStartElement("subquestion");
            xml.WriteAttributeString("format", "html");
            WriteCData(xml, Html.Encode(pair.Left));
            xml.WriteStartElement("answer");
            // Moodle shows a matching answer as plain text in a drop-down: no HTML, one line.
            xml.WriteElementString("text", Html.OneLine(pair.Right));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    private static void WriteEssay(XmlWriter xml, Item item)
    {
        xml.WriteElementString("responseformat", "editor");
        xml.WriteElementString("responserequired", "1");
        xml.WriteElementString("responsefieldlines", "10");
        xml.WriteElementString("attachments", "0");
        xml.WriteElementString("attachmentsrequired", "0");
        var words = ExportText.For(item.Language);
        WriteHtml(xml, "graderinfo", "<p><b>" + Html.Encode(words.Guidance) + ":</b> " + Html.Encode(item.Answer) + "</p>");
        WriteHtml(xml, "responsetemplate", string.Empty);
    }

    /// <summary><c>&lt;name format="html"&gt;&lt;text&gt;&lt;![CDATA[…]]&gt;&lt;/text&gt;&lt;/name&gt;</c>.</summary>
    private static void WriteHtml(XmlWriter xml, string name, string html)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("format", "html");
        WriteCData(xml, html);
        xml.WriteEndElement();
    }

    /// <summary>A <c>text</c> element holding <paramref name="html"/> in CDATA; "]]&gt;" closes a section,
    /// so the text is split there into "…]]" and "&gt;…", each in a section of its own.</summary>
    internal static void WriteCData(XmlWriter xml, string html)
    {
        xml.WriteStartElement("text");
        var rest = Html.XmlSafe(html);
        if (rest.Length == 0)
        {
            xml.WriteEndElement();
            return;
        }
        int cut;
        while ((cut = rest.IndexOf("]]>", StringComparison.Ordinal)) >= 0)
        {
            xml.WriteCData(rest[..(cut + 2)]);
            rest = rest[(cut + 2)..];
        }
        xml.WriteCData(rest);
        xml.WriteEndElement();
    }
}
