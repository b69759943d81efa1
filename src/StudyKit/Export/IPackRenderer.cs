using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>Renders a class pack to files of one format. Renderers only read the model; they compute no content.</summary>
public interface IPackRenderer
{
    /// <summary>The format name used on the command line (<c>pdf</c>, <c>moodle</c>, <c>gift</c>…).</summary>
    string Format { get; }

    /// <summary>The files for <paramref name="pack"/>, sorted by path.</summary>
    IReadOnlyList<OutputFile> Render(ClassPack pack);
}
