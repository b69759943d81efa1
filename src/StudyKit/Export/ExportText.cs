using StudyKit.Reading;

namespace StudyKit.Export;

/// <summary>The few words the text exports write around the model's own text, one table per language.</summary>
internal sealed record ExportText(string Source, string Article, string Paragraph, string Guidance, string Answer)
{
    public static readonly ExportText Id = new("Sumber", "Artikel", "paragraf", "Panduan untuk guru", "Jawaban");

    public static readonly ExportText En = new("Source", "Article", "paragraph", "Guidance for the teacher", "Answer");

    public static ExportText For(ArticleLanguage language) => language switch
    {
        ArticleLanguage.Id => Id,
        ArticleLanguage.En => En,
    };
}
