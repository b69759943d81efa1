namespace StudyKit.Reading;

/// <summary>A sentence of a paragraph; a quote spanning several sentences is never split.</summary>
/// <param name="Paragraph">The paragraph holding the sentence.</param>
/// <param name="Span">Where the sentence lies in <see cref="Article.Text"/>.</param>
/// <param name="Text">The sentence text; equals <c>article.Text[Span.Start..Span.End]</c>.</param>
public sealed record Sentence(ParagraphNumber Paragraph, TextSpan Span, string Text);
