using StudyKit.Export;

namespace StudyKit.Cli.Output;

/// <summary>
/// An output folder being written as <see cref="OutputWriter"/> describes: <see cref="Begin"/> makes the staging
/// folder beside the target, <see cref="Add"/> writes each file into it as soon as it is rendered (from any
/// thread), and <see cref="Commit"/> completes it and swaps it in; <see cref="Abandon"/> removes it when the run
/// fails before that. Until the commit the target is not touched. Writing while the rest of the pack still
/// renders keeps the file system's work off the end of the run (issue 6).
/// </summary>
internal sealed class StagedFolder
{
    private readonly string folder;
    private readonly string target;
    private readonly string staging;
    private readonly string previous;

    private StagedFolder(string folder, string target)
    {
        this.folder = folder;
        this.target = target;
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        staging = Path.Combine(parent, $".{name}.studykit-staging");
        previous = Path.Combine(parent, $".{name}.studykit-previous");
    }

    /// <summary>Starts writing into <paramref name="folder"/>: puts back an output a killed run left aside, and makes an
    /// empty staging folder.</summary>
    /// <param name="folder">The output folder as the user named it.</param>
    /// <exception cref="StudyKitInputException">The folder is a file or cannot be written; nothing was changed.</exception>
    public static StagedFolder Begin(string folder)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (File.Exists(target))
        {
            throw new StudyKitInputException(folder, "the output path is a file, not a folder");
        }
        var staged = new StagedFolder(folder, target);
        OutputWriter.Guard(folder, () =>
        {
            Recover(target, staged.previous);
            OutputWriter.DeleteFolder(staged.staging);
            Directory.CreateDirectory(staged.staging);
        }, staged.CleanUp);
        return staged;
    }

    /// <summary>Writes <paramref name="file"/> into the staging folder, replacing a file of the same path. Thread-safe for
    /// distinct paths.</summary>
    /// <param name="file">The file, with its path relative to the folder.</param>
    /// <param name="step">Called with "staged" once it is written (tests stop a run there).</param>
    /// <exception cref="StudyKitInputException">It cannot be written; the staging folder is removed, the target was not touched.</exception>
    public void Add(OutputFile file, Action<string>? step = null) => OutputWriter.Guard(folder, () =>
    {
        var path = Path.Combine(staging, file.Path);
        // The files of a pack lie at the top of the folder: asking for the staging folder again for each of them
        // would lock it against the files being created in it from other threads.
        if (Path.GetDirectoryName(file.Path) is { Length: > 0 })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        File.WriteAllBytes(path, file.Content.Span);
        step?.Invoke("staged");
    }, CleanUp);

    /// <summary>Copies in the files of the target this run does not write, and swaps the staging folder in (or moves the
    /// files in one by one where the target cannot be swapped).</summary>
    /// <param name="files">Every file this run wrote with <see cref="Add"/>.</param>
    /// <param name="step">Called after each stage ("complete", "swapping"); tests use it to stop a run half way.</param>
    /// <exception cref="StudyKitInputException">The folder cannot be written; nothing was changed.</exception>
    public void Commit(IReadOnlyList<OutputFile> files, Action<string>? step = null) => OutputWriter.Guard(folder, () =>
    {
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
        else if (!swap || !Swap(step))
        {
            MoveEach(files);
        }
        OutputWriter.DeleteFolder(staging);
    }, CleanUp);

    /// <summary>Removes the staging folder of a run that failed before its commit; the target stays as it was.</summary>
    public void Abandon()
    {
        try
        {
            CleanUp();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run, which removes a staging folder before it starts; the target was not touched.
        }
    }

    private void CleanUp()
    {
        OutputWriter.DeleteFolder(staging);
        Recover(target, previous);
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
            OutputWriter.DeleteFolder(previous);
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
    private bool Swap(Action<string>? step)
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
        OutputWriter.DeleteFolder(previous);
        return true;
    }

    /// <summary>The fallback: one atomic rename per file.</summary>
    private void MoveEach(IReadOnlyList<OutputFile> files)
    {
        foreach (var file in files)
        {
            var destination = Path.Combine(target, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(staging, file.Path), destination, overwrite: true);
        }
    }
}
