using System.Text;
using StudyKit.Export;
using StudyKit.Packing;

namespace StudyKit.Tests.Export;

/// <summary>Helpers to render and decode files in tests.</summary>
internal static class ExportFiles
{
    public static IReadOnlyList<IPackRenderer> Renderers { get; } =
        [new JsonRenderer(), new MoodleRenderer(), new GiftRenderer(), new AnkiRenderer(), new QuizletRenderer(), new CsvKeyRenderer()];

    public static string Text(IPackRenderer renderer, ClassPack pack, string path) =>
        Encoding.UTF8.GetString(Bytes(renderer, pack, path));

    public static byte[] Bytes(IPackRenderer renderer, ClassPack pack, string path) =>
        renderer.Render(pack).Single(f => f.Path == path).Content.ToArray();

    /// <summary>The text a reader sees in an HTML field: line breaks back, entities decoded.</summary>
    public static string FromHtml(string html) =>
        System.Net.WebUtility.HtmlDecode(html.Replace("<br>", "\n", StringComparison.Ordinal));

    /// <summary>What HTML export keeps of <paramref name="text"/>: tabs become spaces, CRLF becomes LF.</summary>
    public static string AsExported(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');

    /// <summary>The repository root (the folder holding StudyKit.sln).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudyKit.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("No StudyKit.sln above the test run.");
    }
}
