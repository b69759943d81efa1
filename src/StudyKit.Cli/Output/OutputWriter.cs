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
    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The output folder as the user named it.</param>
    /// <param name="files">The files, with paths relative to the folder.</param>
    /// <param name="step">Called after each stage ("staged", "complete", "swapping"); tests use it to stop a
    /// run half way, as a kill or a full disk would.</param>
    /// <exception cref="StudyKitInputException">The folder is a file or cannot be written; nothing was changed.</exception>
    public static void WriteFolder(string folder, IReadOnlyList<OutputFile> files, Action<string>? step = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (File.Exists(target))
        {
            throw new StudyKitInputException(folder, "the output path is a file, not a folder");
        }
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.studykit-staging");
        var previous = Path.Combine(parent, $".{name}.studykit-previous");
        Guard(folder, () =>
        {
            Recover(target, previous);
            DeleteFolder(staging);
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content.Span);
                step?.Invoke("staged");
            }
            var exists = Directory.Exists(target);
            var swap = !exists || (Swappable(target) && CopyKept(target, staging, files));
            if (exists)
            {
                ProbeWritable(target);
            }
            step?.Invoke("complete");
            if (!exists)
            {
                Directory.Move(staging, target);
            }
            else if (!swap || !Swap(target, staging, previous, step))
            {
                MoveEach(staging, target, files);
            }
            DeleteFolder(staging);
        }, () =>
        {
            DeleteFolder(staging);
            Recover(target, previous);
        });
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

    /// <summary>A run killed between the two renames of <see cref="Swap"/> left the old output aside: put it
    /// back; one killed after them left a copy that is no longer needed.</summary>
    private static void Recover(string target, string previous)
    {
        if (!Directory.Exists(previous))
        {
            return;
        }
        if (Directory.Exists(target) || File.Exists(target))
        {
            DeleteFolder(previous);
        }
        else
        {
            Directory.Move(previous, target);
        }
    }

    /// <summary>Fails early, as permission denied, when the user may not write into the folder (a read-only
    /// folder must not be replaced by a writable one behind the user's back).</summary>
    private static void ProbeWritable(string target)
    {
        var probe = Path.Combine(target, ".studykit-probe");
        File.WriteAllBytes(probe, []);
        File.Delete(probe);
    }

    /// <summary>The current folder (<c>--out .</c>) and links are never renamed away under the user.</summary>
    private static bool Swappable(string target) =>
        new DirectoryInfo(target).LinkTarget is null
        && !string.Equals(target, Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory), StringComparison.Ordinal);

    /// <summary>Copies into <paramref name="staging"/> every file of <paramref name="target"/> that this run
    /// does not write, so that the swap keeps them (a <c>.gitkeep</c>, a teacher's notes). False, copying
    /// nothing, when that is more than a class pack's worth (over 500 files or 64 MB): a folder that holds
    /// much else gets the new files moved in one by one instead.</summary>
    private static bool CopyKept(string target, string staging, IReadOnlyList<OutputFile> files)
    {
        var written = new HashSet<string>(files.Select(f => Path.GetFullPath(Path.Combine(target, f.Path))), StringComparer.Ordinal);
        var kept = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Where(f => !written.Contains(Path.GetFullPath(f))).Take(501).ToList();
        if (kept.Count > 500 || kept.Sum(f => new FileInfo(f).Length) > 64L * 1024 * 1024)
        {
            return false;
        }
        foreach (var source in kept)
        {
            var copy = Path.Combine(staging, Path.GetRelativePath(target, source));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(source, copy);
        }
        foreach (var folder in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(staging, Path.GetRelativePath(target, folder)));
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(staging, File.GetUnixFileMode(target));
        }
        return true;
    }

    /// <summary>Swaps the complete staging folder in; false (nothing changed) when the target cannot be
    /// renamed, as for a mount point.</summary>
    private static bool Swap(string target, string staging, string previous, Action<string>? step)
    {
        try
        {
            Directory.Move(target, previous);
        }
        catch (IOException)
        {
            return false;
        }
        step?.Invoke("swapping");
        Directory.Move(staging, target);
        DeleteFolder(previous);
        return true;
    }

    /// <summary>The fallback: one atomic rename per file.</summary>
    private static void MoveEach(string staging, string target, IReadOnlyList<OutputFile> files)
    {
        foreach (var file in files)
        {
            var destination = Path.Combine(target, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(staging, file.Path), destination, overwrite: true);
        }
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

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
