using System.Text;
using StudyKit.Items;

namespace StudyKit.Tests.Items;

/// <summary>Renders a bank as plain text, for reading it as a teacher would (test output only).</summary>
internal static class BankPrinter
{
    public static string Print(ItemBank bank)
    {
        var text = new StringBuilder();
        foreach (var item in bank.Items)
        {
            text.AppendLine($"## {item.Id} [{item.Kind}, d{item.Difficulty}] {string.Join(" ", item.Tags)}");
            text.AppendLine(item.Prompt);
            if (item.Stimulus is not null)
            {
                text.AppendLine("   > " + item.Stimulus.Replace("\n", "\n   > ", StringComparison.Ordinal));
            }
            foreach (var choice in item.Choices)
            {
                text.AppendLine((choice.Correct ? "   * " : "   - ") + choice.Text);
            }
            foreach (var pair in item.Pairs)
            {
                text.AppendLine($"   {pair.Left}  <->  {pair.Right}");
            }
            text.AppendLine("   KEY: " + item.Answer);
            text.AppendLine("   WHY: " + item.Explanation);
            foreach (var e in item.Evidence)
            {
                text.AppendLine($"   EVIDENCE {e.Label} ¶{e.Paragraph}: {e.Excerpt}");
            }
            text.AppendLine();
        }
        text.AppendLine("# Rejections");
        foreach (var r in bank.Rejections)
        {
            text.AppendLine($"- {r.Kind} {r.Reason}: {r.Detail} | {r.Candidate}");
        }
        return text.ToString();
    }
}
