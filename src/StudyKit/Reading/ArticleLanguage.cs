namespace StudyKit.Reading;

/// <summary>The language of an article and of the prompts written for it.</summary>
public enum ArticleLanguage
{
    /// <summary>Indonesian (<c>id</c>).</summary>
    Id,

    /// <summary>English (<c>en</c>).</summary>
    En,
}
