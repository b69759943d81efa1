using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>Renders a class pack to files of one format. Renderers only read the model; they compute no content.</summary>
public interface IPackRenderer
{
    /// <summary>The format name used on the command line (<c>pdf</c>, <c>moodle</c>, <c>gift</c>…).</summary>
    string Format { get; }

    /// <summary>The files for <paramref name="pack"/>, sorted by path.</summary>
    IReadOnlyList<OutputFile> Render(ClassPack pack);

    /// <summary>
    /// As <see cref="Render(ClassPack)"/>, handing each file to <paramref name="finished"/> as soon as it is done, so
    /// that the caller can write it while the rest renders. A renderer may call it from several threads at once, and
    /// may hand over a path again (the later file replaces the earlier). By default the files are handed over in
    /// order once all are rendered.
    /// </summary>
    /// <param name="pack">The pack to render.</param>
    /// <param name="finished">Receives each file when it is done.</param>
    IReadOnlyList<OutputFile> Render(ClassPack pack, Action<OutputFile> finished)
    {
        ArgumentNullException.ThrowIfNull(finished);
        var files = Render(pack);
        foreach (var file in files)
        {
            finished(file);
        }
        return files;
    }
}
