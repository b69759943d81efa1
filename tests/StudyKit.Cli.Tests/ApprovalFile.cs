using System.Runtime.CompilerServices;

namespace StudyKit.Cli.Tests;

/// <summary>
/// Compares text with a checked-in <c>Approved/NAME.approved.txt</c>; on a difference writes
/// <c>NAME.received.txt</c> beside it (git-ignored) and fails. Approve by reading it and copying it over.
/// </summary>
internal static class ApprovalFile
{
    public static void Verify(string received, string name, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Approved");
        var approvedPath = Path.Combine(folder, $"{name}.approved.txt");
        var receivedPath = Path.Combine(folder, $"{name}.received.txt");
        received = received.ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{name}: the output differs from {approvedPath}. Review {receivedPath} and copy it over the approved file.");
    }
}
