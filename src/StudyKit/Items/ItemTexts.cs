using System.Collections.Immutable;
using System.Globalization;
using StudyKit.Reading;

namespace StudyKit.Items;

/// <summary>
/// The words of the items in one language: prompts, explanations and fixed choices. Templates take
/// positional arguments ({0}, {1}…) and are formatted with <see cref="Format"/>. One table per language
/// (<see cref="Id"/>, <see cref="En"/>), written as a teacher would say it, not translated word for word.
/// </summary>
internal sealed partial record ItemTexts
{
    public required string ArticleLabel { get; init; }          // "Artikel {0}"
    public required string ArticleWithSource { get; init; }     // "Artikel {0} ({1})"
    public required string ParagraphRef { get; init; }          // "Artikel {0}, paragraf {1}"
    public required string And { get; init; }                   // "dan"
    public required string ListComma { get; init; }             // "," before the last "dan"
    public required string True { get; init; }
    public required string False { get; init; }

    public required string WhoSaidPrompt { get; init; }
    public required string WhoSaidExplanation { get; init; }    // {0} ref, {1} name and role
    public required string FactClozeNumberPrompt { get; init; }
    public required string FactClozeDatePrompt { get; init; }
    public required string FactClozeNamePrompt { get; init; }
    public required string FactClozeExplanation { get; init; }  // {0} ref, {1} answer
    public required string AccordingToWhomPrompt { get; init; } // {0} article label
    public required string AccordingToWhomExplanation { get; init; }
    public required string WhichArticleSentencePrompt { get; init; }
    public required string WhichArticleQuotePrompt { get; init; }
    public required string WhichArticleExplanation { get; init; } // {0} ref
    public required string WhichAgencyPrompt { get; init; }     // {0} label
    public required string WhichAgencyExplanation { get; init; } // {0} label, {1} agency, {2} where
    public required string CreditLine { get; init; }            // where a credit outside the body is written
    public required string QuoteViaPrompt { get; init; }        // {0} label
    public required string QuoteViaExplanation { get; init; }   // {0} ref, {1} via
    public required string WhichRewritesPrompt { get; init; }   // {0} rewriting label
    public required string WhichRewritesExplanation { get; init; } // {0} article, {1} source, {2} percent, {3} ref
    public required string WhichRewritesParaphrase { get; init; } // {0} article, {1} source, {2} sentence count, {3} ref
    public required string RewriteChangesPrompt { get; init; }  // {0} article, {1} source
    public required string RewriteChangesExplanation { get; init; } // {0} ref, {1} article
    public required string WhichReportPrompt { get; init; }
    public required string WhichReportQuotePrompt { get; init; }
    public required string WhichReportExplanation { get; init; } // {0} labels, {1} refs
    public required string QuoteWordingPrompt { get; init; }    // {0} label, {1} label, {2} speaker
    public required string QuoteWordingAnswer { get; init; }
    public required ImmutableArray<string> QuoteWordingDistractors { get; init; } // {0} speaker
    public required string QuoteWordingExplanationTranslated { get; init; } // {0} ref, {1} ref
    public required string QuoteWordingExplanationEdited { get; init; }
    public required string QuoteWordingSources { get; init; } // {0} label, {1} source, {2} label, {3} source
    public required string MatchQuotesPrompt { get; init; }
    public required string MatchQuotesExplanation { get; init; }
    public required string MatchOutletsPrompt { get; init; }
    public required string MatchAgenciesPrompt { get; init; }
    public required string MatchSourcesExplanation { get; init; }
    public required string MatchCreditedPrompt { get; init; }
    public required string MatchCreditedExplanation { get; init; }
    public required string MatchCreditedQuote { get; init; }    // {0} speaker, {1} label, {2} quote
    public required string MatchCreditedClaim { get; init; }    // {0} speaker, {1} label, {2} clause
    public required string TrueFalsePrompt { get; init; }
    public required string TrueFalseSaid { get; init; }         // {0} name, {1} quote
    public required string TrueFalseCarried { get; init; }      // {0} article, {1} quote
    public required string TrueFalseSaidTrue { get; init; }     // {0} ref, {1} name
    public required string TrueFalseSaidFalse { get; init; }    // {0} ref, {1} name, {2} wrong name
    public required string TrueFalseCarriedTrue { get; init; }  // {0} ref
    public required string TrueFalseCarriedFalse { get; init; } // {0} ref, {1} wrong article
    public required string DiscussHeadlinesPrompt { get; init; } // {0}, {1} labels
    public required string DiscussHeadlinesGuidance { get; init; } // {0} label, {1} words, {2} label, {3} words
    public required string DiscussLeftOutPrompt { get; init; }  // {0} article, {1} source
    public required string DiscussLeftOutGuidance { get; init; } // {0} list of left-out parts
    public required string DiscussLeftOutQuote { get; init; }   // {0} speaker, {1} ref
    public required string DiscussLeftOutSources { get; init; } // {0} article, {1} source, {2} list of sources
    public required string DiscussWireSharedPrompt { get; init; } // {0} labels, {1} agency
    public required string DiscussWireSharedGuidance { get; init; } // {0} agency, {1} labels
    public required string DiscussWirePrompt { get; init; }     // {0} label, {1} agency
    public required string DiscussWireGuidance { get; init; }   // {0} agency
    public required string DiscussHeadlinesExplanation { get; init; }
    public required string DiscussLeftOutExplanation { get; init; }
    public required string DiscussWireExplanation { get; init; }
    public required string NoOtherWords { get; init; }
    public required string CardSource { get; init; }            // {0} ref
    public required string PersonCardSaid { get; init; }        // {0} quote
    public required string PersonCardMentioned { get; init; }   // {0} article label, {1} sentence
    public required string PersonCardReported { get; init; }    // {0} reported clause (no quote marks: not their words)
    public required string TermCardExplanation { get; init; }   // {0} ref

    /// <summary>Stems that open with these words lean on a sentence the student cannot see.</summary>
    public required ImmutableArray<string> DanglingOpeners { get; init; }

    /// <summary>Openings of a reported clause whose subject was left in the sentence around it ("akan memperkuat
    /// kerja sama …" after "Korea Selatan mengatakan"): the clause cannot be shown alone.</summary>
    public required ImmutableArray<string> SubjectlessOpeners { get; init; }

    /// <summary>Words that fix the number after them ("salah satu" = "one of"): a blank after one has one answer.</summary>
    public required ImmutableArray<string> IdiomBeforeBlank { get; init; }

    /// <summary>Choices that turn a question into yes/no.</summary>
    public required ImmutableArray<string> YesNo { get; init; }

    /// <summary>The table for <paramref name="language"/>.</summary>
    public static ItemTexts For(ArticleLanguage language) => language switch
    {
        ArticleLanguage.Id => Id,
        ArticleLanguage.En => En,
    };

    /// <summary><paramref name="template"/> with its arguments, formatted without ambient culture.</summary>
    public static string Format(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>"A", "A dan C", "A, C, dan D" (Indonesian) or "A and C", "A, C and D" (English).</summary>
    public string JoinList(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Count switch
        {
            0 => string.Empty,
            1 => parts[0],
            2 => parts[0] + " " + And + " " + parts[1],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + ListComma + " " + And + " " + parts[^1],
        };
    }
}
