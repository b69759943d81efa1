namespace StudyKit.Extraction;

/// <summary>The data behind <see cref="SpeechLexicon"/>: one table per language. A data table, hence long.</summary>
internal static class SpeechLexiconTables
{
    // Roots written after a closing mark: “…,” kata Putin / “…,” ujar pelatih itu. Their -nya forms are clitic cues.
    private static readonly string[] IdRoots =
    [
        "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "papar", "terang", "tegas", "tandas", "tambah", "imbuh",
        "lanjut", "sebut", "pungkas", "kilah", "aku", "seru", "pinta", "tanya", "tulis", "bilang", "sambung", "timpal",
        "sergah", "celoteh", "cetus", "tukas", "ketus", "katakan",
    ];

    public static SpeechLexicon Indonesian() => new()
    {
        PostposedCues = [.. IdRoots, "demikian", "dikatakan", "diungkapkan", "ditambahkan", "disampaikan", "dijelaskan", "ditegaskan", "dilaporkan"],
        CliticCues = [.. IdRoots.Select(r => r + "nya"), "menurutnya"],
        SpeechVerbs =
        [
            "mengatakan", "menyatakan", "menegaskan", "menambahkan", "menjelaskan", "mengungkapkan", "menuturkan",
            "mengucapkan", "memaparkan", "menerangkan", "menyebut", "menyebutkan", "menilai", "mengklaim", "mengakui",
            "membantah", "menampik", "menyampaikan", "mengingatkan", "memperingatkan", "mendesak", "mengimbau",
            "berkata", "berujar", "bertanya", "menulis", "mencuit", "mengungkap", "melanjutkan", "menekankan",
            "mengulangi", "mengecam", "menuduh", "mengeluhkan", "menyerukan",
        ],
        FramingVerbs =
        [
            "menggambarkan", "digambarkan", "menyebut", "disebut", "menyoroti", "memuji", "membandingkan", "menyesalkan",
            "menyatakan", "mengecam", "menuduh", "mengulangi", "menyebutnya", "dinilai", "dianggap", "menganggap",
        ],
        Pronouns = ["dia", "ia", "beliau", "mereka", "kami"],
        Demonstratives = ["itu", "tersebut", "ini"],
        AccordingMarkers = ["menurut"],
        ViaMarkers =
        [
            "seperti dikutip dari", "seperti dikutip", "sebagaimana dikutip", "dikutip dari", "dikutip", "mengutip",
            "seperti dilansir dari", "seperti dilansir", "dilansir dari", "dilansir", "demikian dilaporkan",
            "seperti dilaporkan", "dilaporkan", "menurut laporan", "sebagaimana diberitakan", "kepada", "dalam wawancara dengan",
        ],
        PhraseEnders =
        [
            "kepada", "dalam", "saat", "ketika", "di", "pada", "melalui", "seperti", "sebagaimana", "dilansir", "dikutip",
            "usai", "setelah", "sebelum", "dan", "yang", "seraya", "sambil", "lewat", "demikian", "mengutip",
            "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
        ],
        RoleHeads =
        [
            "presiden", "wakil", "menteri", "sekretaris", "jenderal", "juru", "bicara", "jubir", "kepala", "ketua", "direktur",
            "dirjen", "gubernur", "wali", "bupati", "anggota", "pengajar", "deputi", "pengamat", "peneliti", "koordinator",
            "pelaksana", "guru", "pakar", "komisioner", "dosen", "manajer", "pejabat", "kuasa", "praktisi", "pendiri",
            "rektor", "panglima", "ekonom", "dekan", "komandan", "camat", "duta", "besar", "pemimpin", "perdana", "kanselir",
            "penasihat", "pelatih", "analis", "profesor", "perwakilan", "kapten", "pemain", "raja", "ratu", "senator", "dirut", "direktorat",
            "lansia", "warga", "aktivis", "staf", "hakim", "jaksa", "kapolri", "kapolda", "panglima", "laksamana",
            "kapolres", "kapolsek", "kabareskrim", "irjen", "brigjen", "mayjen", "letjen", "kombes", "kompol", "iptu",
            "nelayan", "petani", "pedagang", "buruh", "mahasiswa", "siswa", "pengemudi", "sopir", "dokter", "perawat",
            "pengacara", "wartawan", "pengusaha", "relawan", "penduduk", "karyawan", "pegawai", "ekonom", "sejarawan",
            "ipda", "aiptu", "bripka", "kolonel", "letkol", "mayor", "marsekal", "laksda", "kasad", "wakapolri", "kadiv",
        ],
        OrganisationHeads =
        [
            "kementerian", "kemenhub", "kemlu", "departemen", "badan", "komisi", "dewan", "partai", "universitas",
            "kepolisian", "pengadilan", "majelis", "pasukan", "angkatan", "institut", "lembaga", "organisasi", "kantor",
            "gedung", "bank", "pemerintah", "kedutaan", "markas", "yayasan", "asosiasi", "persatuan", "federasi", "timnas",
            "museum", "perserikatan", "perusahaan", "klub", "komite", "kejaksaan", "polda", "polres", "pemkot", "pemprov",
            "republik", "center", "centre", "agency", "press", "news", "uni", "liga", "piagam", "endowment", "forum",
        ],
        DocumentHeads = ["pasal", "perjanjian", "pernyataan", "laporan", "buku", "dokumen", "undang-undang", "surat", "pakta"],
        NotNames =
        [
            "namun", "tetapi", "tapi", "sementara", "adapun", "meski", "meskipun", "setelah", "sebelum", "saat", "ketika",
            "di", "pada", "dalam", "dari", "ke", "bagi", "untuk", "dengan", "menurut", "kemudian", "selain", "sedangkan",
            "baik", "belum", "sebagai", "jika", "kalau", "itu", "ini", "para", "seorang", "sang", "pihak", "hari",
            "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei",
            "juni", "juli", "agustus", "september", "oktober", "november", "desember", "dia", "ia", "mereka", "kami",
            "kita", "saya", "terdapat", "sebelumnya", "selanjutnya", "sejak", "lalu", "juga", "yang", "tak", "tidak",
        ],
        Honorifics = ["pak", "bu", "bapak", "ibu", "dr", "prof", "h", "hj"],
        Places =
        [
            "indonesia", "rusia", "korea", "utara", "selatan", "timur", "barat", "tengah", "jauh", "amerika", "serikat", "as",
            "tiongkok", "china", "jepang", "inggris", "prancis", "jerman", "ukraina", "iran", "irak", "suriah", "israel",
            "palestina", "arab", "saudi", "vietnam", "thailand", "malaysia", "singapura", "filipina", "australia", "india",
            "pyongyang", "moskow", "moskwa", "seoul", "kyiv", "washington", "jakarta", "beijing", "tokyo", "london", "paris",
            "eropa", "asia", "afrika", "laut", "semenanjung", "kuning", "vladivostok", "dunia", "provinsi", "kota", "new", "york",
            "jalan", "jl", "kabupaten", "kecamatan", "desa", "pulau", "teluk", "gunung", "sungai",
        ],
        Prepositions = ["dari", "di", "pada", "untuk", "ke", "dengan", "oleh", "bagi", "terhadap", "tentang"],
        FamilyFirstSurnames =
        [
            "kim", "lee", "yi", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "chang", "lim", "han", "moon", "shin",
            "oh", "seo", "kwon", "hwang", "song", "hong", "ahn", "yoo", "ko", "xi", "li", "wang", "zhang", "liu", "chen",
            "yang", "zhao", "huang", "zhou", "wu", "sun", "hu", "deng", "mao", "jiang", "wen", "ma", "guo",
        ],
        RoleComplements =
        [
            "keuangan", "luar", "negeri", "dalam", "pertahanan", "operasional", "utama", "umum", "kesehatan", "pendidikan",
            "perdagangan", "perindustrian", "pertanian", "perhubungan", "agama", "sosial", "hukum", "keamanan", "politik",
            "ekonomi", "energi", "kebudayaan", "pariwisata", "eksekutif", "besar", "muda", "madya", "tinggi", "bidang",
            "kebijakan", "perekonomian", "investasi", "sekretariat", "kabinet", "senior", "komunikasi", "teknik",
        ],
        Outlets =
        [
            "antara", "kompas", "kompas.com", "detik", "detiknews", "detikcom", "tempo", "liputan6", "kontan", "republika",
            "okezone", "tribunnews", "viva", "suara", "kumparan", "cnbc", "metro", "tvri", "rri",
        ],
        SayingVerbs = ["mengatakan", "berkata"],
        KnownAliases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Jokowi"] = "Joko Widodo",
            ["SBY"] = "Susilo Bambang Yudhoyono",
            ["Ahok"] = "Basuki Tjahaja Purnama",
            ["Gus Dur"] = "Abdurrahman Wahid",
            ["Megawati"] = "Megawati Soekarnoputri",
        },
        TimeEnders = ["saat", "ketika", "usai", "setelah", "seraya", "sambil", "sebelum", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"],
        ContinuingCues = ["lanjutnya", "tambahnya", "imbuhnya", "sambungnya", "lanjut", "tambah", "imbuh", "sambung"],
        OutletFillers = ["kantor", "berita", "negara", "pemerintah", "resmi", "media", "acara", "program", "harian", "situs", "stasiun", "televisi", "surat", "kabar", "dari", "laman", "portal"],
        // Indonesian puts the office after its head ("anggota dewan"): nothing to extend backwards over.
        OfficeModifiers = [],
    };

    public static SpeechLexicon English() => new()
    {
        PostposedCues = ["said", "says", "added", "asked", "told", "insisted", "explained", "continued", "noted", "wrote", "warned", "argued", "stated", "declared", "replied", "admitted", "claimed", "remarked"],
        CliticCues = [],
        SpeechVerbs =
        [
            "said", "says", "told", "added", "asked", "insisted", "explained", "continued", "noted", "wrote", "warned",
            "argued", "stated", "declared", "replied", "admitted", "claimed", "acknowledged", "announced", "confirmed",
            "denied", "suggested", "tweeted", "testified", "predicted", "commented", "remarked",
        ],
        FramingVerbs =
        [
            "called", "described", "dismissed", "accused", "admitted", "denied", "branded", "labelled", "labeled",
            "criticised", "criticized", "urged", "insisted", "said", "warned",
        ],
        Pronouns = ["he", "she", "they", "we"],
        Demonstratives = [],
        AccordingMarkers = ["according to"],
        ViaMarkers = ["told", "as reported by", "quoted by", "in an interview with", "speaking to", "writing in"],
        PhraseEnders = ["in", "on", "at", "during", "after", "before", "when", "while", "to", "and", "who", "as", "on", "told", "yesterday", "today"],
        RoleHeads =
        [
            "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chair",
            "director", "governor", "mayor", "senator", "mp", "correspondent", "editor", "journalist", "professor",
            "analyst", "chancellor", "ambassador", "general", "chief", "head", "deputy", "former", "co-ordinator",
            "coordinator", "adviser", "advisor", "researcher", "founder", "coach", "judge", "attorney", "officer", "peer",
            "farmer", "fisherman", "student", "driver", "doctor", "nurse", "lawyer", "resident", "worker", "teacher",
            "economist", "historian", "scientist", "expert", "owner", "manager", "executive", "ceo",
            // "council member Ruth Ellison", "Commissioner Ana Reyes", "state Representative …".
            "member", "councillor", "councilor", "councilman", "councilwoman", "commissioner", "representative",
            "congressman", "congresswoman", "lawmaker", "legislator", "official", "prosecutor", "sheriff", "inspector",
            "superintendent", "premier", "activist", "campaigner",
        ],
        OrganisationHeads =
        [
            "ministry", "department", "agency", "council", "party", "university", "police", "court", "committee",
            "office", "government", "institute", "commission", "bank", "embassy", "house", "army", "association",
            "center", "centre", "foundation", "programme", "inquiry", "news", "times", "post", "telegraph", "lords", "commons",
        ],
        DocumentHeads = ["article", "treaty", "statement", "report", "book", "document", "act", "letter", "pact"],
        NotNames =
        [
            "the", "a", "an", "but", "and", "however", "meanwhile", "earlier", "later", "last", "in", "on", "at", "after",
            "before", "when", "while", "if", "he", "she", "they", "we", "it", "this", "that", "there", "his", "her",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "former", "another", "during", "speaking", "asked", "claims", "as", "i", "mr", "mrs", "ms",
        ],
        Honorifics = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame"],
        Places =
        [
            "russia", "korea", "north", "south", "east", "west", "america", "united", "states", "us", "uk", "britain",
            "china", "japan", "france", "germany", "ukraine", "iraq", "iran", "syria", "israel", "europe", "asia", "africa",
            "london", "washington", "moscow", "beijing", "tokyo", "paris", "scotland", "wales", "ireland", "england",
            "street", "square", "road", "avenue",
        ],
        Prepositions = ["of", "for", "from", "at", "in", "on", "to", "with", "by", "about"],
        FamilyFirstSurnames = [],
        RoleComplements =
        [
            "foreign", "home", "finance", "defence", "defense", "health", "education", "trade", "interior", "executive",
            "affairs", "treasury", "justice", "energy", "culture", "environment", "transport", "senior", "press", "policy",
        ],
        Outlets =
        [
            "reuters", "afp", "ap", "tass", "ria", "interfax", "kcna", "yonhap", "xinhua", "kyodo", "bernama", "bbc", "cnn",
            "nbc", "abc", "cbs", "fox", "guardian", "jazeera", "bloomberg", "newsweek", "times", "post", "telegraph", "sky",
        ],
        SayingVerbs = ["said", "says", "stated", "insisted"],
        KnownAliases = new Dictionary<string, string>(StringComparer.Ordinal),
        TimeEnders = ["when", "while", "after", "before", "during", "on", "yesterday", "today"],
        ContinuingCues = ["added", "continued"],
        OutletFillers = ["the", "state", "news", "agency", "broadcaster", "newspaper", "channel", "programme", "program", "show"],
        OfficeModifiers =
        [
            "council", "city", "county", "state", "party", "union", "police", "school", "board", "cabinet", "foreign", "prime",
            "vice", "press", "finance", "defence", "defense", "health", "education", "justice", "trade",
        ],
    };
}
