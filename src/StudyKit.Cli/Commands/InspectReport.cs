using System.Globalization;
using System.Text;
using StudyKit.Extraction;
using StudyKit.Items;

namespace StudyKit.Cli.Commands;

/// <summary>The text of <c>studykit inspect</c>: plain columns that read well in a terminal.</summary>
internal static class InspectReport
{
    public static string Render(Findings findings, ItemBank bank)
    {
        var text = new StringBuilder();
        var articles = findings.Corpus.Articles;
        Heading(text, $"Articles ({articles.Length})");
        Table(text, ["", "file", "outlet", "published", "wire", "lang", "paras", "quotes", "title"], articles.Select(a => new[]
        {
            a.Label.Value, a.File, a.Outlet ?? "?", a.Published?.ToString() ?? "?", a.Wire.IsEmpty ? "-" : string.Join("/", a.Wire),
            a.Language.ToString().ToLowerInvariant(), Count(a.Paragraphs.Length), Count(findings.Quotes.Count(q => q.Evidence.Article == a.Id)),
            Shorten(a.Title ?? "(no title)", 60),
        }));

        Heading(text, "Who is quoted where");
        var bySpeaker = findings.Quotes.GroupBy(q => q.Speaker?.Name ?? "(speaker not named)").OrderBy(g => g.Key, StringComparer.Ordinal);
        Table(text, ["speaker", "role", "quotes", "articles", "via"], bySpeaker.Select(g => new[]
        {
            g.Key, g.Select(q => q.Speaker?.Role).FirstOrDefault(r => r is not null) ?? "",
            Count(g.Count()), string.Join(" ", g.Select(q => q.Evidence.Label.Value).Distinct().Order(StringComparer.Ordinal)),
            string.Join(", ", g.Select(q => q.Via).OfType<string>().Distinct().Order(StringComparer.Ordinal)),
        }));

        Heading(text, "Reuse between articles");
        if (findings.Reuse.IsEmpty)
        {
            text.AppendLine("  no article copies or rewrites another");
        }
        foreach (var reuse in findings.Reuse)
        {
            var wire = string.Join("/", reuse.SharedWire);
            // A shared wire is reliance on one agency, not copying between the two: say so without a direction.
            var relation = reuse.Relation == ReuseRelation.SharedWire
                ? $"{Label(findings, reuse.Article)} and {Label(findings, reuse.Source)} both tell the {wire} story"
                : $"{Label(findings, reuse.Article)} {Verb(reuse.Relation)} {Label(findings, reuse.Source)}";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {relation}  (containment {reuse.Containment:0.00}, {reuse.Pairs.Length} aligned sentences{(reuse.SharedWire.IsEmpty || reuse.Relation == ReuseRelation.SharedWire ? "" : ", wire " + wire)})");
        }
        foreach (var link in findings.QuoteLinks.Where(l => l.Relation == QuoteLinkRelation.Variant))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  same statement worded differently: {string.Join(", ", link.Quotes)}");
        }

        Heading(text, $"Items ({bank.Items.Length} accepted, {bank.Rejections.Length} rejected)");
        Table(text, ["kind", "accepted", "rejected"], Enum.GetValues<ItemKind>().Select(k => new[]
        {
            k.ToString(), Count(bank.Items.Count(i => i.Kind == k)), Count(bank.Rejections.Count(r => r.Kind == k)),
        }));
        foreach (var rejection in bank.Rejections)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  rejected {rejection.Kind}: {rejection.Reason} — {rejection.Detail}");
        }

        Heading(text, "Diagnostics");
        if (findings.Corpus.Diagnostics.IsEmpty)
        {
            text.AppendLine("  none");
        }
        foreach (var diagnostic in findings.Corpus.Diagnostics)
        {
            var where = diagnostic.Article is { } id ? Label(findings, id) + ": " : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {where}{diagnostic.Message} [{diagnostic.Code}]");
        }
        return text.ToString();
    }

    private static string Verb(ReuseRelation relation) => relation switch
    {
        ReuseRelation.Copy => "copies",
        ReuseRelation.Rewrite => "rewrites",
        ReuseRelation.SharedWire => "relies on the same wire story as",
        ReuseRelation.Independent => "is independent of",
    };

    private static string Label(Findings findings, Reading.ArticleId id) =>
        findings.Corpus.Articles.FirstOrDefault(a => a.Id == id) is { } a ? $"{a.Label} ({a.Outlet ?? a.File})" : id.Value;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static void Heading(StringBuilder text, string title)
    {
        if (text.Length > 0)
        {
            text.AppendLine();
        }
        text.AppendLine(title).AppendLine(new string('-', title.Length));
    }

    private static void Table(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows.Select(r => r.Select(c => Shorten(c, 48)).ToArray()));
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            text.Append("  ").AppendLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }
    }
}
