using StudyKit.Items;

namespace StudyKit.Export;

/// <summary>The file shape of a bank: every item field is always written (empty lists included), so that a
/// teacher sees the whole item and a re-write is byte-identical.</summary>
internal static class BankNodes
{
    public static DataMap Bank(ItemBank bank) => new DataMapBuilder()
        .Add("schema", BankFile.Schema)
        .Add("language", ExportNames.Of(bank.Language))
        .Add("articles", DataNode.List(bank.Articles.Select(ModelNodes.Article)))
        .Add("items", DataNode.List(bank.Items.Select(Item)))
        .Add("rejections", DataNode.List(bank.Rejections.Select(Rejection)))
        .Build();

    public static DataMap Item(Item item) => new DataMapBuilder()
        .Add("id", item.Id.Value)
        .Add("kind", ExportNames.Of(item.Kind))
        .Add("language", ExportNames.Of(item.Language))
        .Add("prompt", item.Prompt)
        .Add("stimulus", item.Stimulus)
        .Add("choices", DataNode.List(item.Choices.Select(c => new DataMapBuilder()
            .Add("text", c.Text)
            .Add("correct", DataNode.Bool(c.Correct))
            .Build())))
        .Add("pairs", DataNode.List(item.Pairs.Select(p => new DataMapBuilder()
            .Add("left", p.Left)
            .Add("right", p.Right)
            .Build())))
        .Add("answer", item.Answer)
        .Add("explanation", item.Explanation)
        .Add("difficulty", DataNode.Number(item.Difficulty))
        .Add("tags", DataNode.Strings(item.Tags))
        .Add("evidence", DataNode.List(item.Evidence.Select(ModelNodes.Evidence)))
        .Build();

    private static DataMap Rejection(Rejection rejection) => new DataMapBuilder()
        .Add("kind", ExportNames.Of(rejection.Kind))
        .Add("candidate", rejection.Candidate)
        .Add("reason", ExportNames.Of(rejection.Reason))
        .Add("detail", rejection.Detail)
        .Add("evidence", rejection.Evidence is { } e ? ModelNodes.Evidence(e) : DataNode.Text(null))
        .Build();
}
