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
        return TryReadKeyValues(line, meta) || TryReadByline(line, meta) || TryReadNameAndDate(line, meta);
    }

    /// <summary>True when the line is only a date stamp (with debris such as a view count); sets the date.</summary>
    public static bool TryReadTimestamp(string line, ArticleMetadata meta)
    {
        var found = PublicationDateParser.Find(line);
        if (found is null || !StampDebris().IsMatch(found.Rest))
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
    /// Reads a dateline and outlet from the opening of a lead paragraph ("JAKARTA, KOMPAS.com -"). A known city
    /// without punctuation ("Jakarta Pelatih …") counts only when <paramref name="bareCity"/> is set.
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
        foreach (Match match in BracketOrDashCredit().Matches(line))
        {
            if (Gazetteer.Agency(match.Groups["agency"].Value) is { } agency)
            {
                meta.AddWire(agency);
            }
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
        if (meta.Outlet is null && SelfReference().Match(paragraph) is { Success: true } match)
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

    /// <summary>
    /// Matches what may remain around a date stamp: punctuation, a label ("Diperbarui:", "pukul") and a view
    /// count ("20 Jun 2024 18:34 wib. 242").
    /// </summary>
    [GeneratedRegex(@"^[\s\p{P}\d]*(?:(?:published|updated|posted|diterbitkan|diperbarui|dipublikasikan|tanggal|pukul|on)\b[\s\p{P}]*)*[\s\p{P}\d]*(?:views?|kali dibaca|dibaca)?[\s\p{P}]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampDebris();

    /// <summary>Matches "Editor: Handoyo", "Reporting by Jack Kim", "Sumber : Reuters".</summary>
    [GeneratedRegex(@"^(?<key>\p{L}+)(\s+by\s+|\s*:\s*)(?<value>\S.{0,120})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    /// <summary>Matches "oleh Jack Kim dan Ju-min Park", "By JANE DOE and John Roe".</summary>
    [GeneratedRegex(@"^(?i:oleh|by)\s+(?<names>\p{Lu}.{1,120})$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>Matches the separators of a name list: ", ", " dan ", " and ", " &amp; ".</summary>
    [GeneratedRegex(@"\s*,\s*|\s+(?:dan|and|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    /// <summary>Matches a person's name: 1–5 capitalised tokens ("Ju-min Park", "Yati Maulana", "al-Derazi").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]*(\s+(\p{Lu}[\p{L}'’\-]*|bin|binti|van|von|de|da|al-\p{L}+)){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    /// <summary>Matches "JAKARTA, KOMPAS.com -" and "Jakarta , CNN Indonesia --".</summary>
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})\s*,\s*(?<outlet>[\p{L}\d]+(?:\.\p{L}{2,3}){1,2}|CNN Indonesia|BBC News Indonesia)\s*(?:-{1,2}|–|—)\s", RegexOptions.CultureInvariant)]
    private static partial Regex CityOutlet();

    /// <summary>Matches "Liputan6.com, Jakarta -", "Bola.com , Jakarta -", "KONTAN.CO.ID - SEOUL.".</summary>
    [GeneratedRegex(@"^(?<outlet>[\p{L}\d]+(?:\.\p{L}{2,3}){1,2})\s*(?:,|-{1,2}|–|—)\s*(?<city>\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})\s*(?:-{1,2}|–|—|\.|,)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OutletCity();

    /// <summary>Matches " in London" at the end of a credited name.</summary>
    [GeneratedRegex(@"\s+(?:in|di)\s+\p{Lu}[\p{L} ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex InPlace();

    /// <summary>Matches an outlet written as a domain: "Kompas.com", "KONTAN.CO.ID".</summary>
    [GeneratedRegex(@"^[\p{L}\d]+(?:\.\p{L}{2,3}){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletDomain();

    /// <summary>Matches "Suara.com - ".</summary>
    [GeneratedRegex(@"^(?<outlet>[\p{L}\d]+(?:\.\p{L}{2,3}){1,2})\s*(?:-{1,2}|–|—)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OutletOnly();

    /// <summary>Matches "Jakarta (ANTARA) -", "SEOUL, 19 Juni (Reuters) -" and "WASHINGTON, June 20 (Reuters) -".</summary>
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})\s*(?:,\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2})\s*)?\(\s*(?<agency>[\p{L} ]{2,25}?)\s*\)\s*(?:-{1,2}|–|—)\s", RegexOptions.CultureInvariant)]
    private static partial Regex CityAgency();

    /// <summary>Matches an ALL-CAPS dateline "MOSKOW - ", "NEW YORK — ".</summary>
    [GeneratedRegex(@"^(?<city>\p{Lu}{3,}(?:[ \-]\p{Lu}{2,}){0,2})\s*(?:-{1,2}|–|—)\s", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalCity();

    /// <summary>Matches a word that continues a place name ("Jakarta Selatan").</summary>
    [GeneratedRegex(@"^(Utara|Selatan|Barat|Timur|Tengah|Pusat|Raya|International|Internasional|City|Post|Times)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceContinuation();

    /// <summary>Matches "dilansir AFP Minggu (19/10/2025)", "dikutip dari AFP, Senin (20/10)", "dilansir detikNews dari New Arab, Selasa (…".</summary>
    [GeneratedRegex(@"\b(?:dilansir|dikutip|mengutip|melansir)\s+(?:dari\s+)?(?<a>(?:detik\p{L}*|(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)\p{Lu}[\p{L}\d.\-]*)(?:\s+(?!(?:dari|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)\p{Lu}[\p{L}\d.\-]*){0,3})(?:\s+dari\s+(?<b>\p{Lu}[\p{L}\d.\-]*(?:\s+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)\p{Lu}[\p{L}\d.\-]*){0,3}))?\s*,?\s+(?:pada\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*\(\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex DatedSourceCredit();

    /// <summary>
    /// Matches an agency credited in brackets before a dash or at the end of a paragraph ("(Reuters) - …",
    /// "… kata dia. (ant)") or after a closing dash ("— AFP"). A bracketed acronym inside a sentence is no credit.
    /// </summary>
    [GeneratedRegex(@"\(\s*(?<agency>[A-Za-z]{2,8})\s*\)\s*(?:(?:-{1,2}|–|—)\s|$)|(?:-{1,2}|–|—)\s*(?<agency>Reuters|AFP|AP|Antara|ANTARA|Xinhua)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketOrDashCredit();

    /// <summary>Matches agency photo credits: "KCNA via REUTERS", "REUTERS/Kim Hong-Ji", "ANTARA FOTO/…", "AFP PHOTO".</summary>
    [GeneratedRegex(@"\bvia (?<agency>[A-Z]{2,})\b|\b(?<agency>REUTERS|AFP|AP|ANTARA)(?: FOTO| PHOTO)?\s?/\s?\p{Lu}|\b(?<agency>AFP|AP) PHOTO\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoAgency();

    /// <summary>Matches a caption's closing credit: "… 2023. KCNA via REUTERS", "(Foto: …)", "REUTERS/Kim Hong-Ji".</summary>
    [GeneratedRegex(@"(\b[A-Z]{2,} via [A-Z]{2,}|\b(REUTERS|AFP|AP|ANTARA FOTO)\s?/\s?[\p{L} .\-]{2,40}|\((Foto|Photo|FOTO)\s*:[^)]{1,60}\)|\b(AFP|AP) PHOTO\b[^.]{0,40})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCaptionEnd();

    /// <summary>Matches "oleh Reuters." at the end of a title.</summary>
    [GeneratedRegex(@"\b(?i:oleh|by)\s+(?<agency>[\p{L}]+(?: [\p{L}]+)?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleAgency();

    /// <summary>Matches the outlet naming itself: "catatan detikcom", "kepada Kompas.com".</summary>
    [GeneratedRegex(@"\b(?:catatan|pantauan|dihimpun|penelusuran|kepada|dihubungi|dikonfirmasi)\s+(?<outlet>detik\p{L}*|[\p{L}\d]+\.(?:com|co\.id))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SelfReference();
}
