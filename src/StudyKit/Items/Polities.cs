using System.Collections.Frozen;
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

    /// <summary>The members of <see cref="Groups"/> as matched (see <see cref="Sides"/>), built once.</summary>
    private static readonly ImmutableArray<ImmutableArray<Member>> GroupMembers =
        [.. Groups.Select(g => g.Select(Member.Of).ToImmutableArray())];

    /// <summary>Every name in <see cref="Groups"/>, normalised.</summary>
    private static readonly FrozenSet<string> StateNames =
        Groups.SelectMany(g => g).Select(TextNormal.Normalize).ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="Regions"/>, normalised.</summary>
    private static readonly FrozenSet<string> RegionNames = Regions.Select(TextNormal.Normalize).ToFrozenSet(StringComparer.Ordinal);

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
        return StateNames.Contains(normal) ? PlaceClass.State : null;
    }

    /// <summary>True when both names stand for, or belong to, the same state.</summary>
    public static bool SameSide(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (Sides(a) & Sides(b)) != 0;
    }

    /// <summary>
    /// The states <paramref name="name"/> stands for or belongs to, one bit per group of <see cref="Groups"/>:
    /// two names are on the same side when their bits meet, and a speaker's side is the union over its forms.
    /// </summary>
    public static ulong Sides(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Both ways of matching a member look at the name padded with spaces: as written (commas as
        // spaces) for short forms, normalised for the rest.
        var written = " " + name.Replace(",", " ", StringComparison.Ordinal) + " ";
        var normal = " " + TextNormal.Normalize(name) + " ";
        var sides = 0UL;
        for (var group = 0; group < GroupMembers.Length; group++)
        {
            foreach (var member in GroupMembers[group])
            {
                if ((member.AsWritten ? written : normal).Contains(member.Padded, StringComparison.Ordinal))
                {
                    sides |= 1UL << group;
                    break;
                }
            }
        }
        return sides;
    }

    /// <summary>True when <paramref name="name"/> is a world region ("Asia", "Timur Tengah", "Europe").</summary>
    public static bool IsRegion(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return RegionNames.Contains(TextNormal.Normalize(name));
    }

    /// <summary>
    /// A member of a group as matched against a name, as a whole word. "AS" and "US" (three characters or
    /// fewer, or with a dot) only as written in capitals, so that English "as" and "us" do not match; the
    /// rest after normalisation.
    /// </summary>
    private readonly record struct Member(string Padded, bool AsWritten)
    {
        public static Member Of(string member) =>
            member.Length <= 3 || member.Contains('.', StringComparison.Ordinal)
                ? new(" " + member + " ", AsWritten: true)
                : new(" " + TextNormal.Normalize(member) + " ", AsWritten: false);
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
