using StudyKit.Export;

namespace StudyKit.Cli.Output;

/// <summary>
/// Writes rendered files so that a failed or killed run never leaves a half-written output. A folder is
/// built complete beside the target (<c>.NAME.studykit-staging</c>: the new files plus a copy of the files
/// already there that this run does not write), then swapped in with two renames, so that the target holds
/// either the whole previous output or the whole new one, never a mix of variants and keys from two runs.
/// A run killed between the two renames leaves the previous output in <c>.NAME.studykit-previous</c>, and the
/// next run puts it back first. Where the folder cannot or should not be renamed (a mount point, a symbolic
/// link, the current folder, a folder holding much else) the files are moved in one by one instead, each
/// move atomic.
/// </summary>
internal static class OutputWriter
{
    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>, all at once (see <see cref="StagedFolder"/>
    /// to write them as they are rendered).</summary>
    /// <param name="folder">The output folder as the user named it.</param>
    /// <param name="files">The files, with paths relative to the folder.</param>
    /// <param name="step">Called after each stage ("staged", "complete", "swapping"); tests use it to stop a
    /// run half way, as a kill or a full disk would.</param>
    /// <exception cref="StudyKitInputException">The folder is a file or cannot be written; nothing was changed.</exception>
    public static void WriteFolder(string folder, IReadOnlyList<OutputFile> files, Action<string>? step = null)
    {
        var staged = StagedFolder.Begin(folder);
        foreach (var file in files)
        {
            staged.Add(file, step);
        }
        staged.Commit(files, step);
    }

    /// <summary>Writes one file (the bank, the findings) through a staging file and one atomic rename.</summary>
    /// <exception cref="StudyKitInputException">The path is a folder or cannot be written; nothing was changed.</exception>
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

    /// <summary>Runs <paramref name="write"/>; an input/output error or a refusal becomes one line naming <paramref name="path"/>,
    /// after <paramref name="cleanUp"/> has put things back.</summary>
    internal static void Guard(string path, Action write, Action cleanUp)
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

    internal static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
