using StudyKit.Export;

namespace StudyKit.Tests.Export;

/// <summary>What every renderer promises through <see cref="IPackRenderer"/>.</summary>
public sealed class PackRendererTests
{
    [Fact]
    public void Render_WithFinished_HandsOverEveryFileInOrderAsReturned()
    {
        var pack = ExportFixture.Pack();
        foreach (var renderer in ExportFiles.Renderers)
        {
            var handed = new List<OutputFile>();

            var files = renderer.Render(pack, handed.Add);

            Assert.Equal(files, handed);
            Assert.Equal(renderer.Render(pack).Select(f => f.Content.ToArray()), files.Select(f => f.Content.ToArray()));
        }
    }
}
