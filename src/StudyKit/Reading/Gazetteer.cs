using System.Collections.Frozen;
using System.Globalization;

namespace StudyKit.Reading;

/// <summary>
/// Names the reader must recognise: wire agencies, outlets whose written form differs from their name,
/// and dateline cities (Indonesian and English spellings). Facts, not text: no licence concern.
/// </summary>
internal static class Gazetteer
{
    /// <summary>Wire agencies as written (any case) → canonical name.</summary>
    public static FrozenDictionary<string, string> Agencies { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Reuters"] = "Reuters", ["AFP"] = "AFP", ["Agence France-Presse"] = "AFP", ["AP"] = "AP",
        ["Associated Press"] = "AP", ["Antara"] = "Antara", ["ANT"] = "Antara", ["Xinhua"] = "Xinhua", ["Tass"] = "Tass",
        ["Yonhap"] = "Yonhap", ["Kyodo"] = "Kyodo", ["Bernama"] = "Bernama", ["DPA"] = "DPA", ["EFE"] = "EFE",
        ["ANSA"] = "ANSA", ["Anadolu"] = "Anadolu", ["UPI"] = "UPI", ["Bloomberg"] = "Bloomberg", ["KCNA"] = "KCNA",
        ["RIA Novosti"] = "RIA Novosti", ["Interfax"] = "Interfax",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Outlets as written (any case) whose canonical name is not derivable from the spelling.</summary>
    private static FrozenDictionary<string, string> Outlets { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CNNIndonesia.com"] = "CNN Indonesia", ["CNN Indonesia"] = "CNN Indonesia", ["detik.com"] = "detikcom",
        ["detikcom"] = "detikcom", ["TEMPO.CO"] = "Tempo.co", ["ANTARA"] = "Antara", ["Antaranews.com"] = "Antara",
        ["Kompas"] = "Kompas", ["Kompas.id"] = "Kompas.id", ["Republika"] = "Republika", ["Okezone"] = "Okezone",
        ["Tribunnews.com"] = "Tribunnews.com", ["VIVA.co.id"] = "VIVA", ["JPNN.com"] = "JPNN.com",
        ["Katadata.co.id"] = "Katadata", ["Bisnis.com"] = "Bisnis.com", ["BBC News"] = "BBC News",
        ["BBC News Indonesia"] = "BBC News Indonesia", ["Merdeka.com"] = "Merdeka.com", ["iNews.id"] = "iNews.id",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Outlet names written without a domain that the reader accepts in a dateline.</summary>
    public static IReadOnlyList<string> BareOutletNames { get; } = ["CNN Indonesia", "ANTARA", "BBC News Indonesia", "Kompas", "Republika"];

    /// <summary>Cities that open a lead without a dash ("Jakarta Pelatih Timnas…"): only well-known ones.</summary>
    public static FrozenSet<string> Cities { get; } = FrozenSet.ToFrozenSet(
    [
        "Jakarta", "Bandung", "Surabaya", "Semarang", "Yogyakarta", "Medan", "Makassar", "Denpasar", "Palembang",
        "Padang", "Pekanbaru", "Batam", "Bogor", "Depok", "Tangerang", "Bekasi", "Malang", "Solo", "Balikpapan",
        "Samarinda", "Banjarmasin", "Pontianak", "Manado", "Jayapura", "Ambon", "Kupang", "Mataram", "Aceh",
        "Banda Aceh", "Jambi", "Bengkulu", "Lampung", "Serang", "Cirebon", "Kediri", "Sleman", "Bantul",
        "Moskow", "Moskwa", "Moscow", "Seoul", "Pyongyang", "Tokyo", "Beijing", "Washington", "London", "Paris",
        "Berlin", "Kyiv", "Kiev", "Singapura", "Singapore", "Kuala Lumpur", "Bangkok", "Manila", "Hanoi",
        "Canberra", "Sydney", "New York", "Jenewa", "Geneva", "Brussel", "Brussels", "Dubai", "Riyadh", "Kairo",
        "Cairo", "Teheran", "Tehran", "Ankara", "Istanbul", "Roma", "Rome", "Madrid", "Den Haag", "Yerusalem",
        "Jerusalem", "Gaza", "Beirut", "Damaskus", "Baghdad", "New Delhi", "Islamabad", "Taipei", "Hong Kong",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The outlet's name from how it is written: a known name, else the domain with an ALL-CAPS name put in
    /// title case ("KOMPAS.com" → "Kompas.com") and a country suffix dropped ("KONTAN.CO.ID" → "Kontan").
    /// </summary>
    public static string CanonicalOutlet(string written)
    {
        var text = written.Trim().TrimEnd('.');
        if (Outlets.TryGetValue(text, out var known))
        {
            return known;
        }
        if (text.StartsWith("detik", StringComparison.Ordinal))
        {
            return text;
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return text;
        }
        var name = text[..dot];
        var suffix = text[dot..];
        if (IsAllCaps(name))
        {
            name = char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
        }
        if (suffix.Equals(".co.id", StringComparison.OrdinalIgnoreCase) || suffix.Equals(".id", StringComparison.OrdinalIgnoreCase) && IsAllCaps(text[..dot]))
        {
            return name;
        }
        return name + suffix.ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The canonical agency for <paramref name="written"/>, or null when it is not an agency.</summary>
    public static string? Agency(string written) => Agencies.TryGetValue(written.Trim(), out var name) ? name : null;

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
