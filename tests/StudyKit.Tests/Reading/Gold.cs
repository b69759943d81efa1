using System.Text.Json;

namespace StudyKit.Tests.Reading;

/// <summary>The reading part of the devset's gold.json: metadata and noise per file.</summary>
internal static class Gold
{
    public static IReadOnlyList<GoldFile> Files(string devset)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(devset, "gold.json")));
        return [.. json.RootElement.GetProperty("files").EnumerateArray().Select(Read)];
    }

    private static GoldFile Read(JsonElement f) => new(
        f.GetProperty("file").GetString()!,
        f.GetProperty("path").GetString()!,
        Text(f, "title"),
        Text(f, "outlet"),
        f.TryGetProperty("datetime", out var dt) ? dt.GetString() : Text(f, "date"),
        f.TryGetProperty("authors", out var a) ? [.. a.EnumerateArray().Select(x => x.GetString()!)] : null,
        Text(f, "editor"),
        f.TryGetProperty("dateline", out _) ? Text(f, "dateline") : null,
        [.. f.GetProperty("wire").EnumerateArray().Select(x => x.GetString()!)],
        Text(f, "language"),
        [.. f.GetProperty("noise_lines").EnumerateArray().Select(x => x.GetString()!)],
        f.TryGetProperty("noise_spans", out var spans) ? [.. spans.EnumerateArray().Select(x => x.GetString()!)] : []);

    private static string? Text(JsonElement f, string name) =>
        f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

internal sealed record GoldFile(
    string File, string Path, string? Title, string? Outlet, string? Date, IReadOnlyList<string>? Authors,
    string? Editor, string? Dateline, IReadOnlyList<string> Wire, string? Language,
    IReadOnlyList<string> NoiseLines, IReadOnlyList<string> NoiseSpans);
