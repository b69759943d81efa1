using System.Reflection;
using StudyKit.Reading;

namespace StudyKit.Cli.Input;

/// <summary>
/// Finds and decodes the articles named on the command line: files and folders of <c>.txt</c>/<c>.md</c>,
/// with an optional <c>sources.yaml</c> beside them. With no sources: <c>seeds/</c> when it exists in the
/// current folder, else the sample articles built into the tool.
/// </summary>
internal static class SourceLoader
{
    public const string SourcesFileName = "sources.yaml";
    private static readonly string[] Extensions = [".txt", ".md"];

    public static SourceSet Load(IReadOnlyList<string> paths, long maxBytes)
    {
        if (paths.Count == 0)
        {
            return Directory.Exists("seeds") ? Load(["seeds"], maxBytes) with { Origin = "seeds/" } : Embedded();
        }
        var files = new List<string>();
        var overrides = new List<SourceOverride>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    throw new StudyKitInputException(path, "no .txt or .md articles in this folder");
                }
                files.AddRange(found);
                var yaml = Path.Combine(path, SourcesFileName);
                if (File.Exists(yaml))
                {
                    overrides.AddRange(SourcesFile.Parse(yaml, TextDecoder.Decode(yaml, File.ReadAllBytes(yaml))));
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new StudyKitInputException(path, "no such file or folder");
            }
        }
        var documents = files.Distinct(StringComparer.Ordinal).Select(f => Read(f, maxBytes)).ToList();
        var duplicate = documents.GroupBy(d => Path.GetFileNameWithoutExtension(d.Path), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StudyKitInputException(duplicate.Last().Path, $"another input file has the same name '{duplicate.Key}'; article ids must be unique");
        }
        return new SourceSet(documents, overrides, string.Join(", ", paths));
    }

    private static SourceDocument Read(string path, long maxBytes)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new StudyKitInputException(path, $"the file is {Megabytes(length)} MB, over the limit of {Megabytes(maxBytes)} MB (raise it with --max-size)");
        }
        return new SourceDocument(path, TextDecoder.Decode(path, File.ReadAllBytes(path)));
    }

    private static string Megabytes(long bytes) => (bytes / 1_048_576.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static SourceSet Embedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var documents = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("seeds/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return new SourceDocument(name, TextDecoder.Decode(name, memory.ToArray()));
            })
            .ToList();
        return new SourceSet(documents, [], "built-in sample articles");
    }
}
