using System.Text;
using StudyKit.Cli.Output;
using StudyKit.Export;

namespace StudyKit.Cli.Tests.Hardening;

/// <summary>Issue 6, output: a folder that is a file or cannot be written, a full disk, a run killed half
/// way. The previous output is never lost or half overwritten.</summary>
public sealed class OutputFolderTests
{
    private static readonly OutputFile[] NewFiles =
    [
        new("answer-key.csv", Encoding.UTF8.GetBytes("new key")),
        new("worksheet-A.pdf", Encoding.UTF8.GetBytes("new A")),
        new("worksheet-B.pdf", Encoding.UTF8.GetBytes("new B")),
    ];

    private static Dictionary<string, byte[]> Previous(CliHarness cli)
    {
        cli.Write("out/answer-key.csv", "old key");
        cli.Write("out/worksheet-A.pdf", "old A");
        cli.Write("out/worksheet-B.pdf", "old B");
        cli.Write("out/notes/teacher.txt", "keep me");
        return CliHarness.Snapshot(cli.PathOf("out"));
    }

    private static void AssertNoLeftovers(CliHarness cli) =>
        Assert.Equal(["out"], Directory.GetFileSystemEntries(cli.Root).Select(Path.GetFileName).Where(n => n!.Contains("out", StringComparison.Ordinal)));

    [Fact]
    public void Generate_OutputUnderAFile_NamesItAndWritesNothing()
    {
        using var cli = new CliHarness();
        var file = cli.Write("report.txt", "a file");
        var output = Path.Combine(file, "week12");

        Expect.OneLineError(cli.Run("generate", CliHarness.Seeds, "--out", output, "--format", "csv"), output, "cannot write the output");
        Assert.Equal("a file", File.ReadAllText(file));
    }

    [Fact]
    public void Items_OutputFileIsAFolder_NamesIt()
    {
        using var cli = new CliHarness();
        var folder = cli.PathOf("bank.json");
        Directory.CreateDirectory(folder);

        Expect.OneLineError(cli.Run("items", CliHarness.Seeds, "--out", folder), folder, "is a folder");
    }

    [Fact]
    public void Generate_ReadOnlyOutput_PermissionDenied_PreviousOutputIntact()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("Runs as root (or on Windows): file permissions do not stop root, so a read-only folder cannot be simulated here. A refused write is covered by WriteFolder_DiskFullWhileStaging_NothingChanged (denied rows), an unwritable path by Generate_OutputUnderAFile_NamesItAndWritesNothing.");
        }
        else
        {
            using var cli = new CliHarness();
            var before = Previous(cli);
            var output = cli.PathOf("out");
            File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            try
            {
                Expect.OneLineError(cli.Run("generate", CliHarness.Seeds, "--out", output, "--format", "csv"), output, "permission denied");
            }
            finally
            {
                File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            Assert.Equal(before, CliHarness.Snapshot(output));
        }
    }

    /// <summary>A full disk cannot be made portably without root (a tiny tmpfs needs mount), so the failure is
    /// raised where a full disk raises it: while the new files are written to the staging folder.</summary>
    /// <summary>A write refused by the file system (what a read-only folder gives a user who is not root) is raised
    /// at the same places, and reported as permission denied.</summary>
    [Theory]
    [InlineData("staged", false)]
    [InlineData("complete", false)]
    [InlineData("staged", true)]
    [InlineData("complete", true)]
    public void WriteFolder_DiskFullWhileStaging_NothingChanged(string failAt, bool denied)
    {
        using var cli = new CliHarness();
        var before = Previous(cli);
        var output = cli.PathOf("out");

        var error = Assert.Throws<StudyKitInputException>(() => OutputWriter.WriteFolder(output, NewFiles, step =>
        {
            if (step == failAt)
            {
                throw denied ? new UnauthorizedAccessException("Access to the path is denied.") : new IOException("No space left on device");
            }
        }));

        var problem = denied ? "permission denied" : "No space left on device";
        Assert.Equal($"{output}: cannot write the output ({problem}); nothing was changed", error.OneLine);
        Assert.Equal(before, CliHarness.Snapshot(output));
        AssertNoLeftovers(cli);
    }

    /// <summary>A kill is simulated by an exception that the writer does not handle, so no clean-up runs, at
    /// each stage. The folder holds all of the previous output or (after the swap) all of the new; the next
    /// run then completes and leaves nothing behind.</summary>
    [Theory]
    [InlineData("staged")]
    [InlineData("complete")]
    [InlineData("swapping")]
    public void WriteFolder_KilledHalfWay_PreviousOutputIntact_NextRunRecovers(string killAt)
    {
        using var cli = new CliHarness();
        var before = Previous(cli);
        var output = cli.PathOf("out");

        Assert.Throws<OperationCanceledException>(() => OutputWriter.WriteFolder(output, NewFiles, step =>
        {
            if (step == killAt)
            {
                throw new OperationCanceledException("killed");
            }
        }));

        if (killAt == "swapping")
        {
            // Killed between the two renames: the old output waits, whole, beside the target.
            Assert.Equal(before, CliHarness.Snapshot(cli.PathOf(".out.studykit-previous")));
        }
        else
        {
            Assert.Equal(before, CliHarness.Snapshot(output));
        }

        OutputWriter.WriteFolder(output, NewFiles);

        var after = CliHarness.Snapshot(output);
        Assert.Equal("new key", Encoding.UTF8.GetString(after["answer-key.csv"]));
        Assert.Equal("new B", Encoding.UTF8.GetString(after["worksheet-B.pdf"]));
        Assert.Equal("keep me", Encoding.UTF8.GetString(after[Path.Combine("notes", "teacher.txt")]));
        AssertNoLeftovers(cli);
    }

    [Fact]
    public void WriteFolder_FolderHoldingMuchElse_MovesFilesInOneByOneAndKeepsTheRest()
    {
        using var cli = new CliHarness();
        Previous(cli);
        for (var i = 0; i < 600; i++)
        {
            cli.Write(FormattableString.Invariant($"out/photos/{i:000}.txt"), "x");
        }
        var output = cli.PathOf("out");

        OutputWriter.WriteFolder(output, NewFiles);

        var after = CliHarness.Snapshot(output);
        Assert.Equal(604, after.Count);
        Assert.Equal("new A", Encoding.UTF8.GetString(after["worksheet-A.pdf"]));
        Assert.Equal("keep me", Encoding.UTF8.GetString(after[Path.Combine("notes", "teacher.txt")]));
        AssertNoLeftovers(cli);
    }

    [Fact]
    public void Generate_FailsAfterOutputExists_EveryFormatUntouched()
    {
        using var cli = new CliHarness();
        var output = cli.PathOf("out");

        Expect.ErrorLeavesOutputUntouched(cli, output,
            first: ["generate", CliHarness.Seeds, "--out", output, "--format", "csv,json,gift"],
            breakInput: () => cli.Write("news/a.txt", [0x25, 0x50, 0x44, 0x46, 0x2D]),
            rerun: ["generate", cli.PathOf("news"), "--out", output, "--format", "csv,json,gift", "--seed", "5"],
            problem: "a PDF document");
    }

    [Fact]
    public void Generate_PdfFailsWhileOtherFormatsAreWritten_PreviousOutputIntactNoLeftovers()
    {
        // The exports render and are written into the staging folder while the PDFs render; a font that is not a
        // font fails the PDFs, and what was staged meanwhile must go.
        using var cli = new CliHarness();
        var output = cli.PathOf("out");
        Expect.Ok(cli.Run("generate", CliHarness.Seeds, "--out", output, "--format", "pdf,json,csv"));
        var before = CliHarness.Snapshot(output);
        var font = cli.Write("broken.ttf", "not a font");

        Expect.OneLineError(cli.Run("generate", CliHarness.Seeds, "--out", output, "--format", "pdf,json,csv", "--font", font, "--seed", "5"), font, "--font");

        Assert.Equal(before, CliHarness.Snapshot(output));
        Assert.Equal(["broken.ttf", "out"], Directory.GetFileSystemEntries(cli.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StagedFolder_FilesAddedFromSeveralThreads_AreAllCommitted()
    {
        using var cli = new CliHarness();
        Previous(cli);
        var output = cli.PathOf("out");
        var files = Enumerable.Range(0, 40).Select(i => new OutputFile(FormattableString.Invariant($"worksheet-{i:00}.pdf"), Encoding.UTF8.GetBytes("new " + i))).ToList();

        var staged = StagedFolder.Begin(output);
        Parallel.ForEach(files, file => staged.Add(file));
        staged.Commit(files);

        var after = CliHarness.Snapshot(output);
        Assert.Equal("new 39", Encoding.UTF8.GetString(after["worksheet-39.pdf"]));
        Assert.Equal("old key", Encoding.UTF8.GetString(after["answer-key.csv"]));
        Assert.Equal(44, after.Count);
        AssertNoLeftovers(cli);
    }

    [Fact]
    public void StagedFolder_Abandoned_TargetUntouchedNoLeftovers()
    {
        using var cli = new CliHarness();
        var before = Previous(cli);
        var output = cli.PathOf("out");

        var staged = StagedFolder.Begin(output);
        staged.Add(NewFiles[0]);
        staged.Abandon();

        Assert.Equal(before, CliHarness.Snapshot(output));
        AssertNoLeftovers(cli);
    }
}
