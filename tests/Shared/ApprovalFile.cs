using System.Runtime.CompilerServices;

namespace StudyKit.Testing;

/// <summary>
/// Compares text with a checked-in <c>NAME.approved.txt</c> beside the calling test file (or in its
/// <paramref name="subfolder"/>); on a difference writes <c>NAME.received.txt</c> there (git-ignored) and fails.
/// Approve by reading it and copying it over. Shared by the test projects as a linked file.
/// </summary>
internal static class ApprovalFile
{
    public static void Verify(string received, string name, string? subfolder = null, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, subfolder ?? string.Empty);
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
        Assert.Fail($"{name}: the text differs from {approvedPath}. Review {receivedPath} and copy it over the approved file.");
    }
}
