namespace StudyKit.Cli.Tests;

/// <summary>Runs <c>studykit</c> in-process and gives each test its own temporary folder.</summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("studykit-cli-").FullName;
    }

    public string Root { get; }

    public static string RepoRoot
    {
        get
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

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs with standard error redirected, as in a script or CI: no progress line.</summary>
    public (int Exit, string Out, string Err) Run(params string[] args) => Invoke(errorIsTerminal: false, args);

    /// <summary>Runs as if standard error were a terminal, where the progress line shows.</summary>
    public (int Exit, string Out, string Err) RunInTerminal(params string[] args) => Invoke(errorIsTerminal: true, args);

    private static (int Exit, string Out, string Err) Invoke(bool errorIsTerminal, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Cli.Run(args, output, error, errorIsTerminal);
        return (exit, output.ToString(), error.ToString());
    }

    public static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
