using StudyKit.Export;

namespace StudyKit.Cli.Output;

/// <summary>
/// Writes rendered files so that a failed or killed run never leaves a half-written output: everything is
/// written into a staging folder beside the target first, and only moved into place (one rename per file)
/// once all of it was written. Files already in the folder that this run does not write are kept.
/// </summary>
internal static class OutputWriter
{
    public static void WriteFolder(string folder, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(folder);
        if (File.Exists(target))
        {
            throw new StudyKitInputException(folder, "the output path is a file, not a folder");
        }
        var staging = Path.Combine(Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar)) ?? ".", $".{Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar))}.studykit-staging");
        Guard(folder, () =>
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content.ToArray());
            }
            Directory.CreateDirectory(target);
            foreach (var file in files)
            {
                var destination = Path.Combine(target, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(staging, file.Path), destination, overwrite: true);
            }
            Directory.Delete(staging, recursive: true);
        }, () => TryDelete(staging));
    }

    public static void WriteFile(string path, byte[] content)
    {
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target))
        {
            throw new StudyKitInputException(path, "the output path is a folder; name a file");
        }
        var staging = target + ".studykit-staging";
        Guard(path, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(staging, content);
            File.Move(staging, target, overwrite: true);
        }, () =>
        {
            if (File.Exists(staging))
            {
                File.Delete(staging);
            }
        });
    }

    private static void Guard(string path, Action write, Action cleanUp)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                cleanUp();
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The staging copy could not be removed either; the target itself was not touched.
            }
            var problem = e is UnauthorizedAccessException ? "permission denied" : e.Message.Split('\n')[0].Trim();
            throw new StudyKitInputException(path, $"cannot write the output ({problem}); nothing was changed");
        }
    }

    private static void TryDelete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
