namespace StudyKit.Cli.Tests;

public sealed class CliSmokeTests
{
    [Fact]
    public void RootCommand_Help_ExitsZero()
    {
        var root = StudyKit.Cli.Commands.RootCommandFactory.Create();
        Assert.Equal(0, root.Parse(["--help"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = new StringWriter() }));
    }
}
