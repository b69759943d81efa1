using System.Text.RegularExpressions;

namespace StudyKit.Reading;

// The patterns of MetadataReader, each with an example of what it matches.
internal static partial class MetadataReader
{
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

    /// <summary>Matches a Title-case dateline "Jakarta - " (detik style).</summary>
    [GeneratedRegex(@"^(?<city>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s*(?:-{1,2}|–|—)\s", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCaseCity();

    /// <summary>Matches "Laporan Wartawan Tribunnews.com, Ani Lestari".</summary>
    [GeneratedRegex(@"^Laporan (?:Wartawan|Reporter|Koresponden) (?<outlet>[\p{L}\d]+(?:\.\p{L}{2,3}){1,2}),\s*(?<names>\p{Lu}.{1,80})$", RegexOptions.CultureInvariant)]
    private static partial Regex ReporterOfOutlet();

    /// <summary>Matches "Ani Lestari - detikNews".</summary>
    [GeneratedRegex(@"^(?<names>\p{Lu}[^-–—]{1,80}?)\s*(?:-|–|—)\s*(?<outlet>detik\p{L}*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameDashOutlet();

    /// <summary>Matches what remains of "Kompas.com - 20/05/2024, 10:00 WIB" once the stamp is removed.</summary>
    [GeneratedRegex(@"^(?<outlet>[\p{L}\d]+(?:\.\p{L}{2,3}){1,2}|detik\p{L}*)\s*[-–—|,]?[\s\p{P}]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletBeforeStamp();
}
