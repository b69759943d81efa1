using System.Runtime.CompilerServices;

namespace StudyKit.Pdf.Tests.Api;

/// <summary>Compares text with a checked-in <c>*.approved.txt</c>; on a difference writes <c>*.received.txt</c> and fails.</summary>
internal static class ApprovalFile
{
    public static void Verify(string received, string name, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.GetDirectoryName(callerPath)!;
        var approvedPath = Path.Combine(folder, $"{name}.approved.txt");
        var receivedPath = Path.Combine(folder, $"{name}.received.txt");
        received = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return;
        }
        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{name}: the public API differs from {approvedPath}. Review {receivedPath} and copy it over the approved file.");
    }
}
