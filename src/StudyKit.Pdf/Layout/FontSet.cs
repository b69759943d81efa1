using SkiaSharp;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// The four faces of one sans-serif family, found in a fixed order (DejaVu Sans, Liberation Sans, Noto Sans,
/// Open Sans, Arial) under the system font folders, or the one file the caller gives (bold and italic are
/// then synthesised). Skia embeds the faces whole, so documents are drawn with <see cref="Subset"/>.
/// </summary>
internal sealed class FontSet : IDisposable
{
    /// <summary>The folders searched, in order.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts"];

    /// <summary>Families in preference order: regular, bold, italic, bold italic file names.</summary>
    private static readonly string[][] Families =
    [
        // DejaVu's "Oblique" is the regular face slanted; slanting it here embeds two faces fewer.
        ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "", ""],
        ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"],
        ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"],
        ["OpenSans-Regular.ttf", "OpenSans-Bold.ttf", "OpenSans-Italic.ttf", "OpenSans-BoldItalic.ttf"],
        ["arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"],
    ];

    private readonly SKTypeface[] faces;

    private FontSet(SKTypeface[] faces, bool synthetic, string source)
    {
        this.faces = faces;
        Synthetic = synthetic;
        Source = source;
    }

    /// <summary>True when bold and italic are synthesised from the regular face.</summary>
    public bool Synthetic { get; }

    /// <summary>The regular face's file.</summary>
    public string Source { get; }

    /// <summary>Loads <paramref name="path"/> when given, else the first family found on the system.</summary>
    /// <exception cref="FontNotFoundException">Nothing usable was found.</exception>
    public static FontSet Load(string? path)
    {
        if (path is not null)
        {
            var face = File.Exists(path) ? SKTypeface.FromFile(path) : null;
            return face is null
                ? throw new FontNotFoundException($"The font '{path}' does not exist or is not a font Skia can read. Pass a TrueType or OpenType file with --font.")
                : new FontSet([face, face, face, face], synthetic: true, path);
        }
        var files = SystemFonts.Value;
        foreach (var family in Families)
        {
            var found = family.Select(name => name.Length == 0 ? null : files.GetValueOrDefault(name)).ToArray();
            if (found[0] is null)
            {
                continue;
            }
            var regular = SKTypeface.FromFile(found[0]);
            if (regular is null)
            {
                continue;
            }
            var bold = found[1] is null ? null : SKTypeface.FromFile(found[1]);
            var all = new[] { regular, bold ?? regular, Face(found[2]) ?? regular, Face(found[3]) ?? bold ?? regular };
            return new FontSet(all, synthetic: false, found[0]!);
        }
        throw new FontNotFoundException(Folders.Select(f => f + " (" + string.Join(", ", Families.Select(x => x[0])) + ")").ToList());
    }

    /// <summary>The font files in the system folders by file name (case-insensitive; the first path in ordinal
    /// order wins), scanned once per process: a desktop may hold thousands of fonts.</summary>
    private static readonly Lazy<Dictionary<string, string>> SystemFonts = new(() =>
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var files = Folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byName.TryAdd(Path.GetFileName(file), file);
        }
        return byName;
    });

    private static SKTypeface? Face(string? path) => path is null ? null : SKTypeface.FromFile(path);

    /// <summary>
    /// The same faces cut down to the characters of <paramref name="texts"/> (prepared text, as drawn, with its
    /// style), for embedding: see <see cref="TrueTypeSubsetter"/>. Glyph ids and advances do not change, so
    /// text laid out with this set draws the same with the subset; a face the subsetter cannot handle (CFF
    /// outlines, a collection) is kept whole. The caller disposes the new set.
    /// </summary>
    public FontSet Subset(IEnumerable<(string Text, TextStyle Style)> texts)
    {
        var (distinct, characters) = CharactersByFace(texts);
        // Faces shared between styles stay shared, since Font() synthesises bold and slant from that sharing.
        var subsets = distinct.Select((face, i) => SubsetFace(face, characters[i])).ToList();
        return new FontSet(faces.Select(face => subsets[distinct.IndexOf(face)]).ToArray(), Synthetic, Source);
    }

    /// <summary>The distinct faces, and for each the characters <paramref name="texts"/> draw with it. A pack draws
    /// the same line strings many times (its line cache hands out the same instances), so a string is scanned
    /// once per face; characters of the Basic Multilingual Plane are marked in a table, the rest in a set.</summary>
    private (List<SKTypeface> Faces, List<SortedSet<int>> Characters) CharactersByFace(IEnumerable<(string Text, TextStyle Style)> texts)
    {
        var distinct = faces.Distinct().ToList();
        var faceOfStyle = faces.Select(face => distinct.IndexOf(face)).ToArray();
        var scanned = distinct.Select(_ => new HashSet<string>(ReferenceEqualityComparer.Instance)).ToList();
        var basic = distinct.Select(_ => new bool[char.MaxValue + 1]).ToList();
        var characters = distinct.Select(_ => new SortedSet<int>()).ToList();
        foreach (var (text, style) in texts)
        {
            var face = faceOfStyle[Index(style)];
            if (!scanned[face].Add(text))
            {
                continue;
            }
            foreach (var rune in text.EnumerateRunes())
            {
                if (rune.IsBmp)
                {
                    basic[face][rune.Value] = true;
                }
                else
                {
                    characters[face].Add(rune.Value);
                }
            }
        }
        for (var face = 0; face < distinct.Count; face++)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (basic[face][c])
                {
                    characters[face].Add(c);
                }
            }
        }
        return (distinct, characters);
    }

    private static SKTypeface SubsetFace(SKTypeface face, SortedSet<int> characters)
    {
        using var stream = face.OpenStream(out var collectionIndex);
        using var data = SKData.Create(stream);
        using var font = new SKFont(face);
        var glyphs = characters.ToDictionary(c => c, font.GetGlyph);
        if (collectionIndex == 0 && TrueTypeSubsetter.Subset(data.ToArray(), glyphs) is { } subset)
        {
            using var subsetData = SKData.CreateCopy(subset);
            if (SKTypeface.FromData(subsetData) is { } subsetFace)
            {
                return subsetFace;
            }
        }
        return SKTypeface.FromData(data, collectionIndex) ?? throw new InvalidOperationException("Skia could not read back a font it had loaded.");
    }

    private static int Index(TextStyle style) => (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);

    /// <summary>A Skia font for <paramref name="style"/>; the caller disposes it.</summary>
    public SKFont Font(TextStyle style)
    {
        var index = Index(style);
        var font = new SKFont(faces[index], style.Size)
        {
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.None,
        };
        var (embolden, slant) = Synthesised(index);
        font.Embolden = embolden;
        font.SkewX = slant ? -0.2f : 0;
        return font;
    }

    /// <summary>What the family lacks for style <paramref name="index"/> and is synthesised: bold from a regular
    /// face, a slant (a skew of 0.2) from an upright one.</summary>
    private (bool Embolden, bool Slant) Synthesised(int index)
    {
        var bold = (index & 1) != 0;
        var italic = (index & 2) != 0;
        var upright = italic && (index == 2 ? faces[2] == faces[0] : faces[3] == faces[1] || faces[3] == faces[0]);
        return (bold && faces[index] == faces[0], upright || (Synthetic && italic));
    }

    /// <summary>
    /// The faces cut down to the characters of <paramref name="texts"/> (prepared text, as drawn, with its style)
    /// for <see cref="PdfDocumentWriter"/>, which embeds them as CID fonts; null when a face is not one the
    /// subsetter handles (CFF outlines, a collection), and the documents are then drawn through Skia.
    /// </summary>
    public PdfFonts? Embed(IEnumerable<(string Text, TextStyle Style)> texts)
    {
        var (distinct, characters) = CharactersByFace(texts);
        return Embed(distinct, characters);
    }

    /// <summary>As <see cref="Embed(IEnumerable{ValueTuple{string, TextStyle}})"/>, every face cut down to the same
    /// <paramref name="characters"/> (code points), known before anything is drawn.</summary>
    public PdfFonts? Embed(SortedSet<int> characters)
    {
        var distinct = faces.Distinct().ToList();
        return Embed(distinct, distinct.Select(_ => characters).ToList());
    }

    private PdfFonts? Embed(List<SKTypeface> distinct, List<SortedSet<int>> characters)
    {
        // The faces are independent: subset them (and hash and deflate the subsets) on every core.
        var embedded = new PdfFace?[distinct.Count];
        var failures = Lanes.Run([.. Enumerable.Range(0, distinct.Count)], i => embedded[i] = EmbedFace(distinct[i], characters[i]));
        // As a sequential run would: the first face that fails or cannot be subset decides, in face order.
        for (var i = 0; i < distinct.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
            if (embedded[i] is null)
            {
                return null;
            }
        }
        var styles = Enumerable.Range(0, 4).ToList();
        return new PdfFonts(embedded.Select(face => face!).ToList(), styles.Select(s => distinct.IndexOf(faces[s])).ToArray(),
            styles.Select(s => Synthesised(s).Embolden).ToArray(), styles.Select(s => Synthesised(s).Slant).ToArray());
    }

    /// <summary><paramref name="face"/> cut down to <paramref name="characters"/>, ready to embed; null when it cannot be
    /// subset (a font collection, CFF outlines).</summary>
    private static PdfFace? EmbedFace(SKTypeface face, SortedSet<int> characters)
    {
        using var stream = face.OpenStream(out var collectionIndex);
        using var data = SKData.Create(stream);
        using var font = new SKFont(face);
        var glyphs = characters.ToDictionary(c => c, font.GetGlyph);
        return collectionIndex == 0 && TrueTypeSubsetter.SubsetWithGlyphs(data.ToArray(), glyphs) is { } subset
            ? new PdfFace(subset.Font, subset.Glyphs, PostScriptName(face))
            : null;
    }

    /// <summary>"DejaVuSans-Bold": the family without spaces and the face's own weight and slant.</summary>
    private static string PostScriptName(SKTypeface face)
    {
        var family = new string(face.FamilyName.Where(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9')).ToArray());
        var bold = face.FontWeight >= (int)SKFontStyleWeight.SemiBold;
        var italic = face.FontSlant != SKFontStyleSlant.Upright;
        var suffix = (bold ? "Bold" : string.Empty) + (italic ? "Italic" : string.Empty);
        return (family.Length == 0 ? "Font" : family) + (suffix.Length == 0 ? string.Empty : "-" + suffix);
    }

    public void Dispose()
    {
        foreach (var face in faces.Distinct())
        {
            face.Dispose();
        }
    }
}
