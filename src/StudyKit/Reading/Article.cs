using System.Collections.Immutable;

namespace StudyKit.Reading;

/// <summary>
/// One news article after reading: metadata inferred from the text (null where unknown, never invented),
/// the cleaned text, its paragraphs and sentences, and the noise removed from it.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id: the file stem.</summary>
    public required ArticleId Id { get; init; }

    /// <summary>The file name as given (no folders).</summary>
    public required string File { get; init; }

    /// <summary>Student-facing label: A, B, C… in sorted input order.</summary>
    public required ArticleLabel Label { get; init; }

    /// <summary>The headline, or null when the text has none.</summary>
    public string? Title { get; init; }

    /// <summary>The publishing outlet (Kontan, Tampang…), or null when the text does not say.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's web address, from <c>sources.yaml</c> only.</summary>
    public string? Url { get; init; }

    /// <summary>Authors in byline order (reporters, never speakers); empty when none is named.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>The editor named in a credit line ("Editor: Handoyo"), or null.</summary>
    public string? Editor { get; init; }

    /// <summary>Publication date (and time), or null when not given.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The dateline city as written ("SEOUL", "MOSKOW"), or null.</summary>
    public string? Dateline { get; init; }

    /// <summary>Wire agencies the article credits (Reuters, AFP…), sorted ordinally; empty when none.</summary>
    public ImmutableArray<string> Wire { get; init; } = [];

    /// <summary>The detected (or overridden) language.</summary>
    public ArticleLanguage Language { get; init; }

    /// <summary>The cleaned text: paragraphs joined by a blank line. All spans point into it.</summary>
    public required string Text { get; init; }

    /// <summary>Paragraphs in order, numbered from 1.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>Sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Noise removed from the source, in source order.</summary>
    public ImmutableArray<NoiseLine> Noise { get; init; } = [];

    /// <summary>The paragraph that contains character <paramref name="offset"/> of <see cref="Text"/>, or null.</summary>
    public Paragraph? ParagraphAt(int offset)
    {
        foreach (var paragraph in Paragraphs)
        {
            if (offset >= paragraph.Span.Start && offset < paragraph.Span.End)
            {
                return paragraph;
            }
        }
        return null;
    }
}
