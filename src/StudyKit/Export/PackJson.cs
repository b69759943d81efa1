using System.Collections.Immutable;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Export;

/// <summary>
/// The class pack as JSON (schema <c>studykit.pack/1</c>): the options and seed, each variant's items in paper
/// order with their choices in that variant's order and the key, the study cards, and the master key
/// (variant, number → bank item id). Items are named by bank id; the bank travels in its own file.
/// </summary>
public static class PackJson
{
    /// <summary>The schema id written in every pack.</summary>
    public const string Schema = "studykit.pack/1";

    /// <summary>The pack as UTF-8 JSON bytes (no BOM, <c>\n</c> line ends).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    public static byte[] Write(ClassPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return JsonTree.Write(Tree(pack));
    }

    /// <summary>Reads a pack written by <see cref="Write"/> against the <paramref name="bank"/> it was drawn from.</summary>
    /// <exception cref="StudyKitInputException">The file is malformed, or names an item or choice the bank
    /// does not hold.</exception>
    public static ClassPack Read(ReadOnlySpan<byte> content, string sourcePath, ItemBank bank)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(bank);
        var root = FieldReader.Of(BankFile.Parse(content, sourcePath, DataFormat.Json), string.Empty, "schema", sourcePath);
        var schema = root.Optional("schema");
        if (schema is not DataString { Value: Schema })
        {
            throw new StudyKitInputException(sourcePath, ExportMessages.WrongSchema(Schema, schema is null ? null : root.AsText("schema", schema)), schema?.Line);
        }
        var items = bank.Items.ToDictionary(i => i.Id.Value, StringComparer.Ordinal);
        Item Find(FieldReader reader, string field)
        {
            var id = reader.NonEmptyText(field);
            return items.TryGetValue(id, out var item) ? item : throw reader.Error(field, ExportMessages.UnknownItem(id));
        }
        var options = FieldReader.Of(root.Required("options"), string.Empty, "options", sourcePath);
        var packOptions = new PackOptions
        {
            Seed = new Seed(root.Int("seed")),
            Variants = options.Int("variants"),
            Questions = options.Int("questions"),
            Pool = options.Bool("pool"),
            Roster = [.. options.List("roster").Select(s => Student(FieldReader.Of(s, "roster", "roster", sourcePath)))],
        };
        options.RejectUnknown();
        var variants = root.List("variants").Select(v =>
        {
            var variant = FieldReader.Of(v, "variant", "variants", sourcePath);
            var code = variant.NonEmptyText("code");
            variant.Rename($"variant '{code}'");
            var student = variant.Optional("student") is { } s ? Student(FieldReader.Of(s, variant.Where, "student", sourcePath)) : null;
            var entries = variant.List("items").Select(e =>
            {
                var entry = FieldReader.Of(e, variant.Where, "items", sourcePath);
                var item = Find(entry, "item");
                var choices = entry.List("choices").Select(c =>
                {
                    var choice = FieldReader.Of(c, $"{variant.Where} item '{item.Id}'", "choices", sourcePath);
                    choice.Optional("letter");
                    var result = new Choice(choice.NonEmptyText("text"), choice.Bool("correct"));
                    choice.RejectUnknown();
                    return item.Choices.Contains(result) ? result : throw choice.Error("text", ExportMessages.UnknownChoice(result.Text));
                }).ToImmutableArray();
                var result = new VariantItem
                {
                    Number = entry.Int("number"),
                    Item = item,
                    Choices = choices,
                    MatchOptions = [.. entry.Texts("matchOptions")],
                    Key = entry.Text("key"),
                };
                entry.RejectUnknown();
                return result;
            }).ToImmutableArray();
            var result = new Variant(code, student, variant.NonEmptyText("fileStem"), entries);
            variant.RejectUnknown();
            return result;
        }).ToImmutableArray();
        var cards = root.List("cards").Select(c => items.TryGetValue(root.AsText("cards", c), out var card)
            ? card : throw root.Error("cards", ExportMessages.UnknownItem(root.AsText("cards", c)), c.Line)).ToImmutableArray();
        root.Optional("masterKey");
        root.RejectUnknown();
        return new ClassPack { Bank = bank, Options = packOptions, Variants = variants, Cards = cards };
    }

    private static Student Student(FieldReader student)
    {
        var result = new Student(student.NonEmptyText("name"), student.OptionalText("class"), student.OptionalText("studentNumber"));
        student.RejectUnknown();
        return result;
    }

    internal static DataMap Tree(ClassPack pack) => new DataMapBuilder()
        .Add("schema", Schema)
        .Add("seed", DataNode.Number(pack.Options.Seed.Value))
        .Add("options", new DataMapBuilder()
            .Add("variants", DataNode.Number(pack.Options.Variants))
            .Add("questions", DataNode.Number(pack.Options.Questions))
            .Add("pool", DataNode.Bool(pack.Options.Pool))
            .Add("roster", DataNode.List(pack.Options.Roster.Select(StudentNode)))
            .Build())
        .Add("variants", DataNode.List(pack.Variants.Select(v => new DataMapBuilder()
            .Add("code", v.Code)
            .Add("student", v.Student is null ? DataNode.Text(null) : StudentNode(v.Student))
            .Add("fileStem", v.FileStem)
            .Add("items", DataNode.List(v.Items.Select(VariantItem)))
            .Build())))
        .Add("cards", DataNode.Strings(pack.Cards.Select(c => c.Id.Value)))
        .Add("masterKey", DataNode.List(pack.Variants.SelectMany(v => v.Items.Select(i => new DataMapBuilder()
            .Add("variant", v.Code)
            .Add("number", DataNode.Number(i.Number))
            .Add("item", i.Item.Id.Value)
            .Add("key", i.Key)
            .Build()))))
        .Build();

    private static DataMap VariantItem(VariantItem entry) => new DataMapBuilder()
        .Add("number", DataNode.Number(entry.Number))
        .Add("item", entry.Item.Id.Value)
        .Add("choices", DataNode.List(entry.Choices.Select((c, i) => new DataMapBuilder()
            .Add("letter", Letters.Of(i))
            .Add("text", c.Text)
            .Add("correct", DataNode.Bool(c.Correct))
            .Build())))
        .Add("matchOptions", DataNode.Strings(entry.MatchOptions))
        .Add("key", entry.Key)
        .Build();

    private static DataMap StudentNode(Student student) => new DataMapBuilder()
        .Add("name", student.Name)
        .Add("class", student.Class)
        .Add("studentNumber", student.StudentNumber)
        .Build();
}
