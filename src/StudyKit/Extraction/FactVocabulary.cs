using StudyKit.Reading;

namespace StudyKit.Extraction;

/// <summary>
/// Per-language words that make a span answerable: units and scales after a number, currencies, number
/// words, months and days for dates, words that introduce a year, and a small gazetteer of places and
/// organisation heads for naming entities when no entity list is given. Data only; lower-case unless noted.
/// </summary>
internal sealed record FactVocabulary
{
    /// <summary>Units written after a number ("kontainer", "persen", "km").</summary>
    public required WordSet Units { get; init; }

    /// <summary>Scale words written after a number ("juta", "miliar").</summary>
    public required WordSet Scales { get; init; }

    /// <summary>Currency words written after a number or scale ("dolar", "rupiah").</summary>
    public required WordSet Currencies { get; init; }

    /// <summary>Number words and their values ("tiga" = 3).</summary>
    public required WordMap<decimal> NumberWords { get; init; }

    /// <summary>Month names and abbreviations with their number.</summary>
    public required WordMap<int> Months { get; init; }

    /// <summary>Day names.</summary>
    public required WordSet Days { get; init; }

    /// <summary>Words after which a four-digit number is a year ("tahun 2006", "in 2006").</summary>
    public required WordSet YearIntroducers { get; init; }

    /// <summary>Places as written, case-sensitive ("Korea Utara", "Pyongyang").</summary>
    public required WordSet Places { get; init; }

    /// <summary>First words of organisation names, case-sensitive ("Kementerian", "Ministry").</summary>
    public required WordSet OrganisationHeads { get; init; }

    /// <summary>Last words of organisation names written head-last, case-sensitive ("Foreign Office",
    /// "Carnegie Russia Eurasia Center"); shared by both languages, which both quote English names.</summary>
    public static WordSet OrganisationTails { get; } = Set("Office Council Committee Party Ministry Inquiry Agency " +
        "Commission University Bank Center Centre Institute Foundation Association Corporation Company Group Court Service Fund");

    /// <summary>Organisations known by one name, case-sensitive ("NATO", "PBB").</summary>
    public required WordSet Organisations { get; init; }

    /// <summary>Lower-case words allowed inside a capitalised name ("of", "for", "dan").</summary>
    public required WordSet NameConnectors { get; init; }

    /// <summary>Currency symbols written before a number (case-sensitive).</summary>
    public static WordSet CurrencySymbols { get; } = Set("Rp Rp. US$ USD $ € EUR £ GBP S$ RM A$ HK$ ¥ Rs IDR");

    /// <summary>Month names of both languages: dates are unambiguous, and articles mix languages or are
    /// misdetected, so dates are found with both tables.</summary>
    public static WordMap<int> AllMonths => Both.Months;

    /// <summary>Day names of both languages.</summary>
    public static WordSet AllDays => Both.Days;

    /// <summary>Year introducers of both languages.</summary>
    public static WordSet AllYearIntroducers => Both.YearIntroducers;

    /// <summary>True when <paramref name="name"/> is one of <see cref="Places"/>.</summary>
    public bool IsPlace(ReadOnlySpan<char> name) => Places.Contains(name);

    /// <summary>True when <paramref name="name"/> is one of <see cref="Organisations"/>.</summary>
    public bool IsOrganisation(ReadOnlySpan<char> name) => Organisations.Contains(name);

    /// <summary>The vocabulary for <paramref name="language"/>.</summary>
    public static FactVocabulary For(ArticleLanguage language) => language == ArticleLanguage.En ? En : Id;

    /// <summary>Places in both languages: many Indonesian articles name places in English spellings too.</summary>
    private static readonly string[] SharedPlaces =
    [
        "Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Yogyakarta", "Bali", "Papua", "Aceh",
        "Bekasi", "Depok", "Bogor", "Tangerang", "Batam", "Palembang", "Balikpapan", "Jayapura", "Jabodetabek",
        "Pyongyang", "Seoul", "Moskow", "Moskwa", "Moscow", "Kyiv", "Kiev", "Beijing", "Tokyo", "Washington",
        "London", "Paris", "Berlin", "Brussels", "Vladivostok", "Tehran", "Teheran", "Riyadh", "Kairo", "Cairo",
        "Singapura", "Singapore", "Malaysia", "Thailand", "Vietnam", "Filipina", "Philippines", "Australia",
        "Ukraina", "Ukraine", "Iran", "Irak", "Iraq", "Israel", "Gaza", "Palestina", "Suriah", "Syria", "China",
        "Tiongkok", "Jepang", "Japan", "India", "Pakistan", "Indonesia", "Kanada", "Canada", "Meksiko", "Mexico",
        "Brasil", "Brazil", "Skotlandia", "Scotland", "Inggris", "Britain", "England", "Prancis", "France",
        "Jerman", "Germany", "Italia", "Italy", "Spanyol", "Spain", "Belanda", "Turki", "Turkey", "Mesir", "Egypt",
        "Arab Saudi", "Saudi Arabia", "Korea Utara", "Korea Selatan", "North Korea", "South Korea", "Rusia",
        "Russia", "Amerika Serikat", "United States", "Uni Eropa", "Afrika", "Africa", "Asia", "Eropa", "Europe",
        "Timur Tengah", "Middle East", "Northern Ireland", "Downing Street", "Birkenhead", "Witney",
    ];

    /// <summary>Indonesian.</summary>
    public static FactVocabulary Id { get; } = new()
    {
        Units = Set("persen % orang unit kontainer rudal barang tahun bulan minggu pekan hari jam menit detik km " +
            "kilometer meter cm mm kg kilogram gram ton liter hektare ha kali kapal pesawat tank negara provinsi " +
            "kota warga penduduk korban perjalanan penumpang kendaraan rumah sekolah pasien suara gol poin buah " +
            "ekor lembar dosis tentara pasukan personel anggota kasus drone amunisi pejabat peserta pemain " +
            "halaman butir keluarga perusahaan pulau desa mil barel megawatt mw gw derajat"),
        Scales = Set("ribu juta miliar milyar triliun"),
        Currencies = Set("dolar rupiah euro yuan won yen ringgit rubel pound poundsterling riyal"),
        NumberWords = Numbers("nol 0 satu 1 dua 2 tiga 3 empat 4 lima 5 enam 6 tujuh 7 delapan 8 sembilan 9 " +
            "sepuluh 10 sebelas 11 seratus 100 seribu 1000 sejuta 1000000"),
        Months = MonthTable("januari jan 1 februari pebruari feb 2 maret mar 3 april apr 4 mei 5 juni jun 6 " +
            "juli jul 7 agustus agu ags agt 8 september sep sept 9 oktober okt 10 november nov 11 desember des 12"),
        Days = Set("senin selasa rabu kamis jumat jum'at sabtu minggu ahad"),
        YearIntroducers = Set("tahun sejak hingga sampai pada di awal akhir"),
        Places = Set(string.Join(' ', SharedPlaces.Select(p => p.Replace(' ', '_')))),
        OrganisationHeads = Set("Kementerian Badan Komisi Dewan Partai Bank Universitas Kepolisian Pengadilan " +
            "Majelis Pasukan Angkatan Direktorat Ditjen Dinas Lembaga Yayasan Institut Kantor Pemerintah Mahkamah " +
            "Kejaksaan Persatuan Asosiasi Federasi Organisasi PT Perum Markas Tentara"),
        Organisations = Set("NATO PBB KPK DPR MPR BPS IMF WHO ASEAN PSSI KAI MRT LRT Kremlin Pentagon Tass KCNA " +
            "Reuters AFP Antara Yonhap Xinhua Kemenhub Polri TNI Transjakarta YLBHI Louvre"),
        NameConnectors = Set("van de bin binti al"),
    };

    /// <summary>English.</summary>
    public static FactVocabulary En { get; } = new()
    {
        Units = Set("percent per_cent % people persons units containers missiles years year months days hours " +
            "minutes seconds km kilometres kilometers miles metres meters kg tonnes tons barrels litres votes mps " +
            "troops soldiers deaths cases times goals points seats members officials countries ships aircraft " +
            "pages weeks jobs homes children students patients"),
        Scales = Set("thousand million billion trillion bn"),
        Currencies = Set("dollars dollar pounds euros euro yuan yen rupiah"),
        NumberWords = Numbers("zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 " +
            "eleven 11 twelve 12 twenty 20 thirty 30 forty 40 fifty 50 hundred 100 dozen 12"),
        Months = MonthTable("january jan 1 february feb 2 march mar 3 april apr 4 may 5 june jun 6 july jul 7 " +
            "august aug 8 september sep sept 9 october oct 10 november nov 11 december dec 12"),
        Days = Set("monday tuesday wednesday thursday friday saturday sunday"),
        YearIntroducers = Set("in since until by during from"),
        Places = Set(string.Join(' ', SharedPlaces.Select(p => p.Replace(' ', '_')))),
        OrganisationHeads = Set("Ministry Department Council Party University Court Committee Agency Commission " +
            "Office Bank Institute Foundation Association Federation Organisation Organization House Board"),
        Organisations = Set("NATO UN EU IMF WHO ASEAN BBC Kremlin Pentagon Parliament Commons Lords Cabinet " +
            "Reuters AFP Tass KCNA Yonhap Xinhua"),
        NameConnectors = Set("of for the de van"),
    };

    // Initialised after Id and En (static initialisers run in text order).
    private static (WordMap<int> Months, WordSet Days, WordSet YearIntroducers) Both { get; } = (
        new WordMap<int>(Id.Months.Pairs.Concat(En.Months.Pairs.Where(m => !Id.Months.Pairs.ContainsKey(m.Key))), StringComparer.Ordinal),
        new WordSet(Id.Days.Words.Union(En.Days.Words), StringComparer.Ordinal),
        new WordSet(Id.YearIntroducers.Words.Union(En.YearIntroducers.Words), StringComparer.Ordinal));

    private static WordSet Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace('_', ' ')), StringComparer.Ordinal);

    private static WordMap<decimal> Numbers(string pairs)
    {
        var parts = pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new WordMap<decimal>(Enumerable.Range(0, parts.Length / 2)
            .Select(i => KeyValuePair.Create(parts[2 * i], decimal.Parse(parts[2 * i + 1], System.Globalization.CultureInfo.InvariantCulture))), StringComparer.Ordinal);
    }

    // "januari jan 1 februari …": names up to their month number.
    private static WordMap<int> MonthTable(string table)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<string>();
        foreach (var part in table.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month))
            {
                pending.ForEach(p => result[p] = month);
                pending.Clear();
            }
            else
            {
                pending.Add(part);
            }
        }
        return new WordMap<int>(result, StringComparer.Ordinal);
    }
}
