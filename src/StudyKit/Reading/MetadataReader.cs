using System.Text.RegularExpressions;

namespace StudyKit.Reading;

/// <summary>
/// Metadata by regex cascades over lines and the lead: credit and byline lines, datelines with the outlet,
/// explicit wire credits, self-references of the outlet. Unknown stays unknown.
/// </summary>
internal static partial class MetadataReader
{
    private static readonly string[] NotNames = ["Redaksi", "Tim Redaksi", "Admin", "Tim", "Staff", "Staf"];

    /// <summary>
    /// True when <paramref name="line"/> is a byline or credit line ("Sumber: Reuters | Editor: Handoyo",
    /// "oleh Jack Kim dan Ju-min Park", "Yati Maulana | Rabu, 19/06/2024 01:01 WIB", "Reporting by …;
    /// Editing by …"); its contents go into <paramref name="meta"/>.
    /// </summary>
    public static bool TryReadCreditLine(string line, ArticleMetadata meta)
    {
        if (line.Length > 200)
        {
            return false;
        }
        return TryReadKeyValues(line, meta) || TryReadByline(line, meta) || TryReadNameAndDate(line, meta)
            || TryReadReporterOfOutlet(line, meta);
    }

    /// <summary>True when the line is only a date stamp (with debris such as a view count); sets the date.</summary>
    public static bool TryReadTimestamp(string line, ArticleMetadata meta)
    {
        var found = PublicationDateParser.Find(line);
        if (found is null)
        {
            return false;
        }
        if (OutletBeforeStamp().Match(found.Rest) is { Success: true } outlet)
        {
            // "Kompas.com - 20/05/2024, 10:00 WIB"
            meta.SetOutlet(outlet.Groups["outlet"].Value);
        }
        else if (!StampDebris().IsMatch(found.Rest))
        {
            return false;
        }
        meta.SetPublished(found.Date);
        return true;
    }

    /// <summary>Reads a markdown metadata table row (<c>| author | Debrinata Rizky |</c>).</summary>
    public static void ReadTableRow(string line, ArticleMetadata meta)
    {
        var cells = line.Trim('|').Split('|');
        if (cells.Length != 2)
        {
            return;
        }
        var key = cells[0].Trim().ToLowerInvariant();
        var value = cells[1].Trim();
        if (value.Length == 0)
        {
            return;
        }
        switch (key)
        {
            case "title" or "judul":
                meta.Title ??= value;
                break;
            case "author" or "authors" or "penulis" or "reporter":
                AddNames(value, meta);
                break;
            case "editor":
                if (IsName(value))
                {
                    meta.SetEditor(value);
                }
                break;
            case "outlet" or "publisher" or "source" or "site":
                meta.SetOutlet(value);
                break;
            case "date" or "published" or "tanggal" or "pubdate":
                if (PublicationDateParser.Find(value) is { } found)
                {
                    meta.SetPublished(found.Date);
                }
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Reads a dateline and outlet from the opening of a lead paragraph ("JAKARTA, KOMPAS.com -"). The weak
    /// forms, a Title-case city before a dash ("Bogor - …") and a known city without punctuation ("Jakarta
    /// Pelatih …"), count only when <paramref name="bareCity"/> is set (the first paragraph, never a headline).
    /// </summary>
    public static bool TryReadDateline(string paragraph, ArticleMetadata meta, bool bareCity = false)
    {
        var text = paragraph.Length > 200 ? paragraph[..200] : paragraph;
        if (CityOutlet().Match(text) is { Success: true } a)
        {
            meta.SetDateline(a.Groups["city"].Value);
            meta.SetOutlet(a.Groups["outlet"].Value);
            return true;
        }
        if (OutletCity().Match(text) is { Success: true } b)
        {
            meta.SetOutlet(b.Groups["outlet"].Value);
            meta.SetDateline(b.Groups["city"].Value);
            return true;
        }
        if (OutletOnly().Match(text) is { Success: true } d)
        {
            meta.SetOutlet(d.Groups["outlet"].Value);
            return true;
        }
        if (CityAgency().Match(text) is { Success: true } e && Gazetteer.Agency(e.Groups["agency"].Value) is { } agency)
        {
            meta.SetDateline(e.Groups["city"].Value);
            meta.AddWire(agency);
            if (agency == "Antara")
            {
                meta.SetOutlet(agency);
            }
            return true;
        }
        if (CapitalCity().Match(text) is { Success: true } f)
        {
            meta.SetDateline(f.Groups["city"].Value);
            return true;
        }
        if (bareCity && TitleCaseCity().Match(text) is { Success: true } t)
        {
            meta.SetDateline(t.Groups["city"].Value);
            return true;
        }
        var city = bareCity ? BareCity(text) : null;
        if (city is not null)
        {
            meta.SetDateline(city);
            return true;
        }
        return false;
    }

    /// <summary>Explicit wire credits anywhere in a line: "dilansir AFP Minggu (19/10/2025)", "KCNA via REUTERS".</summary>
    public static void ReadWireCredits(string line, ArticleMetadata meta)
    {
        if (line.Contains("dilansir", StringComparison.OrdinalIgnoreCase) || line.Contains("dikutip", StringComparison.OrdinalIgnoreCase)
            || line.Contains("mengutip", StringComparison.OrdinalIgnoreCase) || line.Contains("melansir", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match match in DatedSourceCredit().Matches(line))
            {
                meta.AddWire(match.Groups["a"].Value);
                if (match.Groups["b"].Success)
                {
                    meta.AddWire(match.Groups["b"].Value);
                }
            }
        }
        // Each pattern runs only when the characters it needs are present.
        if (line.AsSpan().IndexOfAny("(-–—") >= 0)
        {
            foreach (Match match in BracketOrDashCredit().Matches(line))
            {
                if (Gazetteer.Agency(match.Groups["agency"].Value) is { } agency)
                {
                    meta.AddWire(agency);
                }
            }
        }
        if (!line.Contains("via ", StringComparison.Ordinal) && !line.Contains('/', StringComparison.Ordinal)
            && !line.Contains(" PHOTO", StringComparison.Ordinal))
        {
            return;
        }
        foreach (Match match in PhotoAgency().Matches(line))
        {
            if (Gazetteer.Agency(match.Groups["agency"].Value) is { } agency)
            {
                meta.AddWire(agency);
            }
        }
    }

    /// <summary>A wire named at the end of the title ("… jika diserang oleh Reuters.").</summary>
    public static void ReadTitleCredit(string title, ArticleMetadata meta)
    {
        if (TitleAgency().Match(title) is { Success: true } match && Gazetteer.Agency(match.Groups["agency"].Value) is { } agency)
        {
            meta.AddWire(agency);
        }
    }

    /// <summary>The outlet naming itself in the body ("Dalam catatan detikcom", "kata X kepada Kompas.com").</summary>
    public static void ReadSelfReference(string paragraph, ArticleMetadata meta)
    {
        // The outlet is "detik…" or a domain ending ".com" or ".co.id".
        if (meta.Outlet is null
            && (paragraph.Contains("detik", StringComparison.Ordinal) || paragraph.Contains(".co", StringComparison.Ordinal))
            && SelfReference().Match(paragraph) is { Success: true } match)
        {
            meta.SetOutlet(match.Groups["outlet"].Value);
        }
    }

    /// <summary>True when the line ends with a photo credit ("… 13 September 2023. KCNA via REUTERS").</summary>
    public static bool IsPhotoCaption(string line) => PhotoCaptionEnd().IsMatch(line);

    private static bool TryReadKeyValues(string line, ArticleMetadata meta)
    {
        var parts = line.Split('|', ';');
        var pairs = new List<(CreditField Field, string Value)>();
        foreach (var part in parts)
        {
            var match = KeyValue().Match(part.Trim());
            if (!match.Success || !ReadingLexicon.All.CreditKeys.TryGetValue(match.Groups["key"].Value, out var field))
            {
                if (PublicationDateParser.Find(part) is { } stamp && StampDebris().IsMatch(stamp.Rest))
                {
                    meta.SetPublished(stamp.Date);
                    continue;
                }
                return false;
            }
            pairs.Add((field, match.Groups["value"].Value.Trim()));
        }
        foreach (var (field, value) in pairs)
        {
            switch (field)
            {
                case CreditField.Author:
                    AddNames(value, meta);
                    break;
                case CreditField.Editor:
                    var editors = SplitNames(value).Where(IsName).ToList();
                    if (editors.Count > 0)
                    {
                        meta.SetEditor(editors[0]);
                    }
                    break;
                case CreditField.Wire:
                    // Only agencies and outlets count as credits: "Sumber: BPS" under a table is no wire.
                    foreach (var source in SplitNames(value).Where(IsCreditedSource))
                    {
                        meta.AddWire(source);
                    }
                    break;
                default:
                    break;
            }
        }
        return pairs.Count > 0;
    }

    private static bool TryReadByline(string line, ArticleMetadata meta)
    {
        var match = Byline().Match(line);
        if (!match.Success)
        {
            return false;
        }
        var names = SplitNames(match.Groups["names"].Value).ToList();
        if (names.Count == 0 || !names.All(n => IsName(n) || Gazetteer.Agency(n) is not null))
        {
            return false;
        }
        foreach (var name in names)
        {
            if (Gazetteer.Agency(name) is { } agency)
            {
                meta.AddWire(agency);
            }
            else
            {
                meta.AddAuthor(name);
            }
        }
        return true;
    }

    // "Laporan Wartawan Tribunnews.com, Ani Lestari" and "Ani Lestari - detikNews".
    private static bool TryReadReporterOfOutlet(string line, ArticleMetadata meta)
    {
        var match = ReporterOfOutlet().Match(line);
        if (!match.Success && line.Contains("detik", StringComparison.Ordinal))
        {
            match = NameDashOutlet().Match(line);
        }
        if (!match.Success)
        {
            return false;
        }
        var names = SplitNames(match.Groups["names"].Value).ToList();
        if (names.Count == 0 || !names.All(IsName))
        {
            return false;
        }
        names.ForEach(meta.AddAuthor);
        meta.SetOutlet(match.Groups["outlet"].Value);
        return true;
    }

    private static bool TryReadNameAndDate(string line, ArticleMetadata meta)
    {
        var bar = line.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0)
        {
            return false;
        }
        var names = SplitNames(line[..bar]).ToList();
        var stamp = PublicationDateParser.Find(line[(bar + 1)..]);
        if (names.Count == 0 || !names.All(IsName) || stamp is null || !StampDebris().IsMatch(stamp.Rest))
        {
            return false;
        }
        foreach (var name in names)
        {
            meta.AddAuthor(name);
        }
        meta.SetPublished(stamp.Date);
        return true;
    }

    // "Jakarta Pelatih Timnas …": a known city opening the lead, followed by a capitalised word that does
    // not continue the place name.
    private static string? BareCity(string text)
    {
        var words = text.Split(' ', 4);
        static bool Capitalised(string w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[1]);
        if (words.Length >= 3 && Gazetteer.Cities.Contains(words[0] + " " + words[1]) && Capitalised(words[2]))
        {
            return words[0] + " " + words[1];
        }
        if (words.Length >= 2 && Gazetteer.Cities.Contains(words[0]) && Capitalised(words[1])
            && !PlaceContinuation().IsMatch(words[1]))
        {
            return words[0];
        }
        return null;
    }

    private static void AddNames(string value, ArticleMetadata meta)
    {
        // "Reporting by Jane Doe in London": the place is not part of the name.
        foreach (var name in SplitNames(value).Select(n => InPlace().Replace(n, string.Empty)))
        {
            if (Gazetteer.Agency(name) is { } agency)
            {
                meta.AddWire(agency);
            }
            else if (IsName(name))
            {
                meta.AddAuthor(name);
            }
        }
    }

    private static bool IsCreditedSource(string name) =>
        Gazetteer.Agency(name) is not null || name.StartsWith("detik", StringComparison.Ordinal)
        || OutletDomain().IsMatch(name) || Gazetteer.BareOutletNames.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> SplitNames(string text) =>
        NameSeparator().Split(text).Select(n => n.Trim().TrimEnd('.')).Where(n => n.Length > 0);

    private static bool IsName(string text) =>
        PersonName().IsMatch(text) && Gazetteer.Agency(text) is null
        && !NotNames.Contains(text, StringComparer.OrdinalIgnoreCase) && !text.Contains('.', StringComparison.Ordinal);
}
