using System.Text;

namespace StudyKit.Fuzz;

/// <summary>
/// Seeded mutations of article text, byte level and token level: flips, cuts, repeats, splices of two
/// articles, and insertions of the things the readers and extractors look for (quote marks, speech verbs,
/// numbers, dates, acronyms, noise markers) or choke on (control characters, RTL, combining marks, emoji,
/// very long words, stray line ends). The same seed gives the same inputs.
/// </summary>
internal sealed class Mutator
{
    private static readonly byte[][] Tokens = [.. new[]
    {
        "\u201C", "\u201D", "\"", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", ",\u201D kata ", "\u201C ", " said ",
        " mengatakan: \"", "katanya.", " ujar ", "menurut ", " bahwa ", " said that ", "He said", "Ia mengatakan",
        "11.000", "1,5", "3.5", "Rp 1,2 triliun", "50 persen", "US$", "19/6/2024", "(19/6)", "Rabu, 19/06/2024 01:01 WIB",
        "20 Jun 2024 18:34 wib", "Dr.", "...", "\u2026", " (ICBM)", "rudal balistik antarbenua (ICBM)", "NATO", "PBB",
        "Baca Juga: ", "BERITA TERKAIT", "KONTAN.CO.ID - SEOUL. ", "Sumber: Reuters | Editor: ", "oleh Jack Kim dan Ju-min Park",
        "Reuters", "AFP", "Antara", "seperti dikutip kantor berita Tass, ", "dilansir The Guardian, ", "Vladimir Putin",
        "Presiden ", "Sekretaris Jenderal ", "Kim", "#", "@", "http://x.test/a", "<p>", "</p>", "<script>", "&amp;", "&#x201C;",
        "\n", "\n\n", "\r", "\r\n", "\t", "\u001E", " ", "\u00A0", "\u200B", "\u200F", "\u202E", "\uFEFF", "\u0000",
        "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\uD83D\uDE00", "\uD83D", "\uDE00", "e\u0301\u0301\u0301",
        "\u0130", "\u0131", "I", "i", "\u00C3\u00A9", "\u00E2\u20AC\u0153", "-", "\u2013", "\u2014", ":", ";", "(", ")", "[", "]",
    }.Select(Encoding.UTF8.GetBytes)];

    private readonly Random _random;
    private readonly IReadOnlyList<byte[]> _corpus;

    public Mutator(int seed, IReadOnlyList<byte[]> corpus)
    {
        _random = new Random(seed);
        _corpus = corpus;
    }

    /// <summary>The next input: a slice of one or two corpus files with 1–8 mutations.</summary>
    public byte[] Next()
    {
        var data = new List<byte>(Slice(Pick()));
        if (_random.Next(6) == 0)
        {
            data.Add(0x1E);
            data.AddRange(Slice(Pick()));
        }
        var count = 1 + _random.Next(8);
        for (var i = 0; i < count; i++)
        {
            Mutate(data);
        }
        return [.. data];
    }

    /// <summary><paramref name="data"/> with 1–4 mutations: an edited bank file, most often still almost valid.</summary>
    public byte[] Edit(byte[] data)
    {
        var list = new List<byte>(data);
        for (var i = _random.Next(1, 5); i > 0; i--)
        {
            Mutate(list);
        }
        return [.. list];
    }

    private byte[] Pick() => _corpus[_random.Next(_corpus.Count)];

    /// <summary>A run of whole lines, most often short, so that each input stays fast to process.</summary>
    private byte[] Slice(byte[] file)
    {
        if (_random.Next(64) == 0 || file.Length < 64)
        {
            return file;
        }
        var length = Math.Min(file.Length, 16 + _random.Next(Math.Min(file.Length, 900)));
        var start = _random.Next(file.Length - length + 1);
        return file[start..(start + length)];
    }

    private void Mutate(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
        switch (_random.Next(9))
        {
            case 0 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] = (byte)_random.Next(256);
                break;
            case 2 when data.Count > 0:
                data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(data.Count - Math.Min(at, data.Count - 1), 1 + _random.Next(64)));
                break;
            case 3 when data.Count > 0:
                var from = _random.Next(data.Count);
                var run = data.GetRange(from, Math.Min(data.Count - from, 1 + _random.Next(200)));
                for (var r = _random.Next(1, 4); r > 0; r--)
                {
                    data.InsertRange(at, run);
                }
                break;
            case 4:
                var other = Pick();
                var start = _random.Next(other.Length);
                data.InsertRange(at, other.AsSpan(start, Math.Min(other.Length - start, 1 + _random.Next(400))).ToArray());
                break;
            case 5:
                data.InsertRange(at, Enumerable.Repeat((byte)'a', 1 + _random.Next(600)));
                break;
            default:
                data.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }
}
