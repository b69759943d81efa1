using System.Text;
using System.Text.Json;
using StudyKit.Export;

namespace StudyKit.Tests.Export;

public sealed class JsonRendererTests
{
    [Fact]
    public void Render_Files_AreBankAndPackSortedByPath()
    {
        var files = new JsonRenderer().Render(ExportFixture.Pack());

        Assert.Equal(["bank.json", "pack.json"], files.Select(f => f.Path));
    }

    [Fact]
    public void Render_Bank_ReadsBackToAnIdenticalBank()
    {
        var pack = ExportFixture.Pack();
        var bytes = ExportFiles.Bytes(new JsonRenderer(), pack, "bank.json");

        var read = BankFile.Read(bytes, "bank.json");

        Assert.Equal(bytes, BankFile.Write(read));
        Assert.Equal(pack.Bank.Items.Select(i => i.Id), read.Items.Select(i => i.Id));
    }

    [Fact]
    public void Render_Pack_ReadsBackAgainstTheBank()
    {
        var pack = ExportFixture.Pack();
        var bytes = ExportFiles.Bytes(new JsonRenderer(), pack, "pack.json");

        var read = PackJson.Read(bytes, "pack.json", pack.Bank);

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(PackJson.Write(read)));
        Assert.Equal(pack.Variants.Select(v => v.Student), read.Variants.Select(v => v.Student));
        Assert.Equal(pack.Variants[1].Items.Select(i => i.Choices.ToList()), read.Variants[1].Items.Select(i => i.Choices.ToList()), new ListComparer());
    }

    [Fact]
    public void Render_Pack_HasVariantsKeysAndMasterKey()
    {
        var pack = ExportFixture.Pack();

        using var json = JsonDocument.Parse(ExportFiles.Bytes(new JsonRenderer(), pack, "pack.json"));

        var root = json.RootElement;
        Assert.Equal("studykit.pack/1", root.GetProperty("schema").GetString());
        Assert.Equal(7, root.GetProperty("seed").GetInt32());
        var variantB = root.GetProperty("variants")[1];
        Assert.Equal("B", variantB.GetProperty("code").GetString());
        var first = variantB.GetProperty("items")[0];
        Assert.Equal(pack.Variants[1].Items[0].Item.Id.Value, first.GetProperty("item").GetString());
        Assert.Equal(pack.Variants[1].Items[0].Key, first.GetProperty("key").GetString());
        var master = root.GetProperty("masterKey").EnumerateArray().ToList();
        Assert.Equal(pack.Variants.Sum(v => v.Items.Length), master.Count);
        Assert.Equal(pack.Cards.Select(c => c.Id.Value), root.GetProperty("cards").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Read_PackNamingAnUnknownItem_Fails()
    {
        var pack = ExportFixture.Pack();
        var json = Encoding.UTF8.GetString(PackJson.Write(pack)).Replace(pack.Variants[0].Items[0].Item.Id.Value, "whosaid-000000000000", StringComparison.Ordinal);

        var error = Assert.Throws<StudyKitInputException>(() => PackJson.Read(Encoding.UTF8.GetBytes(json), "pack.json", pack.Bank));

        Assert.Equal("variant 'A': field 'item': no item with id 'whosaid-000000000000' in the bank", error.Message);
    }

    [Fact]
    public void Read_PackWithAChoiceTheBankLacks_Fails()
    {
        var pack = ExportFixture.Pack();
        var json = Encoding.UTF8.GetString(PackJson.Write(pack)).Replace("\"text\": \"analysts\"", "\"text\": \"economists\"", StringComparison.Ordinal);

        var error = Assert.Throws<StudyKitInputException>(() => PackJson.Read(Encoding.UTF8.GetBytes(json), "pack.json", pack.Bank));

        Assert.EndsWith("field 'text': the bank item has no choice 'economists' with this key", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    private sealed class ListComparer : IEqualityComparer<List<StudyKit.Items.Choice>>
    {
        public bool Equals(List<StudyKit.Items.Choice>? x, List<StudyKit.Items.Choice>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(List<StudyKit.Items.Choice> obj) => obj.Count;
    }
}
