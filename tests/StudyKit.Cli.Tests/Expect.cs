namespace StudyKit.Cli.Tests;

/// <summary>Shared checks for runs of the CLI: a clean success, a one-line error, a failed run that leaves the previous output as it was.</summary>
internal static class Expect
{
    /// <summary>Exit 1, one line on stderr that starts with <c>studykit: error:</c>, names the file and the problem, no trace.</summary>
    public static void OneLineError((int Exit, string Out, string Err) result, string file, string problem)
    {
        Assert.True(result.Exit == 1, $"exit {result.Exit}, stderr: {result.Err}");
        var line = Assert.Single(result.Err.TrimEnd().Split('\n'));
        Assert.StartsWith("studykit: error: ", line, StringComparison.Ordinal);
        Assert.Contains(file, line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    /// <summary>Exit 0, and no error or stack trace on stderr (diagnostics, such as a skipped item kind, may be there).</summary>
    public static void Ok((int Exit, string Out, string Err) result)
    {
        Assert.True(result.Exit == 0, $"exit {result.Exit}, stderr: {result.Err}");
        Assert.DoesNotContain("error:", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    /// <summary>
    /// A failed run leaves the previous output as it was: <paramref name="first"/> succeeds and writes
    /// <paramref name="output"/>; <paramref name="breakInput"/> then spoils an input and returns the file to blame;
    /// <paramref name="rerun"/> fails with one line naming that file and <paramref name="problem"/>
    /// (<see cref="OneLineError"/>), and every file of <paramref name="output"/> is byte for byte as before.
    /// </summary>
    public static void ErrorLeavesOutputUntouched(CliHarness cli, string output, string[] first, Func<string> breakInput, string[] rerun, string problem)
    {
        Ok(cli.Run(first));
        var before = CliHarness.Snapshot(output);
        var broken = breakInput();

        OneLineError(cli.Run(rerun), broken, problem);

        Assert.Equal(before, CliHarness.Snapshot(output));
    }

    /// <summary>A short article with a title, a quote with its speaker, numbers and a date.</summary>
    public static string Article(int n, string outlet = "Kompas") => $"""
        Menteri Bicara soal Anggaran Nomor {n}
        {outlet} - Jakarta

        “Kami siap menambah {n}.000 pekerja tahun ini,” kata Menteri Keuangan Sri Mulyani di Jakarta, Senin (19/6/2024).

        Ia menambahkan bahwa anggaran sebesar Rp {n} triliun disiapkan untuk {n * 3} provinsi.

        Menurut Ketua DPR Puan Maharani, pembahasan akan selesai dalam {n % 9 + 2} pekan.

        """;
}
