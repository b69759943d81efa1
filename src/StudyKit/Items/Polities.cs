using System.Collections.Immutable;

namespace StudyKit.Items;

/// <summary>
/// News writes a state by its capital or its seat of government ("Washington", "Gedung Putih", "Kremlin",
/// "Seoul"), and its bodies carry its name ("Departemen Luar Negeri AS"). Such names are one side, so one is
/// never a distractor for another: "konflik dengan ____" is answered by "Korea Selatan" and by "Seoul" alike.
/// Also the names of world regions, which are only fair against other regions ("di Eropa dan ____": Asia,
/// not Seoul). A data table, Indonesian and English; names are matched as whole words (short acronyms by case).
/// </summary>
internal static class Polities
{
    private static readonly ImmutableArray<ImmutableArray<string>> Groups =
    [
        ["Amerika Serikat", "AS", "Washington", "Gedung Putih", "Pentagon", "United States", "US", "U.S.", "USA", "America", "White House"],
        ["Rusia", "Moskow", "Kremlin", "Russia", "Moscow", "Federasi Rusia", "Russian Federation"],
        ["Korea Utara", "Korut", "Pyongyang", "DPRK", "RRDK", "North Korea"],
        ["Korea Selatan", "Korsel", "Seoul", "South Korea"],
        ["Cina", "China", "Tiongkok", "Beijing", "RRC", "RRT"],
        ["Jepang", "Tokyo", "Japan"],
        ["Ukraina", "Kyiv", "Kiev", "Ukraine"],
        ["Inggris", "London", "Downing Street", "Britain", "UK", "United Kingdom", "England"],
        ["Prancis", "Perancis", "Paris", "France", "Elysee"],
        ["Jerman", "Berlin", "Germany"],
        ["Indonesia", "Jakarta", "RI", "Istana"],
        ["Malaysia", "Kuala Lumpur", "Putrajaya"],
        ["Thailand", "Bangkok"],
        ["Vietnam", "Hanoi"],
        ["Singapura", "Singapore"],
        ["Filipina", "Manila", "Philippines"],
        ["Australia", "Canberra"],
        ["India", "New Delhi"],
        ["Iran", "Teheran", "Tehran"],
        ["Israel", "Tel Aviv", "Yerusalem", "Jerusalem"],
        ["Arab Saudi", "Saudi", "Riyadh", "Saudi Arabia"],
        ["Turki", "Ankara", "Turkey", "Turkiye"],
        ["Taiwan", "Taipei"],
    ];

    private static readonly ImmutableArray<string> Regions =
    [
        "Asia", "Eropa", "Afrika", "Amerika Latin", "Amerika Utara", "Amerika Selatan", "Timur Tengah", "Asia Tenggara",
        "Asia Timur", "Asia Timur Laut", "Asia Selatan", "Eropa Timur", "Eropa Barat", "Pasifik", "Oseania", "Barat",
        "Europe", "Africa", "Latin America", "North America", "South America", "Middle East", "Southeast Asia",
        "East Asia", "South Asia", "Eastern Europe", "Western Europe", "Pacific", "Oceania", "the West", "West",
    ];

    /// <summary>Capitals and seats of government in <see cref="Groups"/>: the rest of a group names the state itself.</summary>
    private static readonly ImmutableHashSet<string> Seats = ImmutableHashSet.Create(StringComparer.Ordinal,
        "washington", "gedung putih", "pentagon", "white house", "moskow", "moscow", "kremlin", "pyongyang", "seoul", "beijing",
        "tokyo", "kyiv", "kiev", "london", "downing street", "paris", "elysee", "berlin", "jakarta", "istana", "kuala lumpur",
        "putrajaya", "bangkok", "hanoi", "manila", "canberra", "new delhi", "teheran", "tehran", "tel aviv", "yerusalem",
        "jerusalem", "riyadh", "ankara", "taipei");

    /// <summary>What kind of place a name is, when the table knows it; null otherwise.</summary>
    public static PlaceClass? Classify(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsRegion(name))
        {
            return PlaceClass.Region;
        }
        var normal = TextNormal.Normalize(name);
        if (Seats.Contains(normal))
        {
            return PlaceClass.Seat;
        }
        return Groups.Any(g => g.Any(n => TextNormal.Normalize(n) == normal)) ? PlaceClass.State : null;
    }

    /// <summary>True when both names stand for, or belong to, the same state.</summary>
    public static bool SameSide(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Groups.Any(g => g.Any(n => Names(a, n)) && g.Any(n => Names(b, n)));
    }

    /// <summary>True when <paramref name="name"/> is a world region ("Asia", "Timur Tengah", "Europe").</summary>
    public static bool IsRegion(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normal = TextNormal.Normalize(name);
        return Regions.Any(r => TextNormal.Normalize(r) == normal);
    }

    private static bool Names(string name, string member)
    {
        if (member.Length <= 3 || member.Contains('.', StringComparison.Ordinal))
        {
            // "AS" and "US" only as written in capitals, so that English "as" and "us" do not match.
            return $" {name.Replace(",", " ", StringComparison.Ordinal)} ".Contains($" {member} ", StringComparison.Ordinal);
        }
        return TextNormal.ContainsPhrase(name, member);
    }
}

/// <summary>Kinds of place names that are only fair against their own kind.</summary>
internal enum PlaceClass
{
    /// <summary>A state: "Korea Selatan", "Ukraine".</summary>
    State,

    /// <summary>A capital or seat of government: "Seoul", "Gedung Putih".</summary>
    Seat,

    /// <summary>A world region: "Asia", "Timur Tengah".</summary>
    Region,
}
