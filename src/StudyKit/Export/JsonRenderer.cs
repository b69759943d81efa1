using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>
/// The machine-readable pair (<c>bank.json</c>, <c>pack.json</c>): the bank with its articles, items and
/// rejections (<see cref="BankFile"/>), and the pack's variants, keys and master key (<see cref="PackJson"/>).
/// </summary>
public sealed class JsonRenderer : IPackRenderer
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public IReadOnlyList<OutputFile> Render(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return
        [
            new OutputFile("bank.json", BankFile.Write(pack.Bank, DataFormat.Json)),
            new OutputFile("pack.json", PackJson.Write(pack)),
        ];
    }
}
