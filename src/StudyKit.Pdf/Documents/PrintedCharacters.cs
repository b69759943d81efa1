using System.Text;
using StudyKit.Items;
using StudyKit.Packing;

namespace StudyKit.Pdf.Documents;

/// <summary>
/// Every character the documents of a pack can print, worked out from the pack before anything is laid out, so
/// that the fonts can be cut down while layout runs and each document written as soon as it is laid out. The
/// documents print the pack's texts (articles, items, choices, evidence, names), the fixed words of
/// <see cref="Headings"/> (some in capitals), numbers, letters for choices and variants, a few signs of their
/// own, and the measurer's placeholder; the texts in the forms the measurer prepares them (NFC).
/// <para>
/// A superset is harmless (a glyph more in the subset); a character missed would draw as nothing, so the writer
/// notices any character the subset lacks and the renderer then lays the pack out again the slow way, with
/// the fonts cut to what was drawn (see <see cref="PdfPackRenderer"/>). A test keeps this list complete.
/// </para>
/// </summary>
internal static class PrintedCharacters
{
    /// <summary>Digits, letters for choices, articles and variants, and the signs the documents add between texts
    /// (separators, arrows, the ellipsis of a cut card, a no-break space, the placeholder of an undrawable character).</summary>
    private const string Fixed = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;-/?()·—→…\u00A0□";

    /// <summary>The code points of everything the pack's documents can print, in order.</summary>
    public static SortedSet<int> Of(ClassPack pack, Headings words)
    {
        var set = new Set();
        set.Add(Fixed);
        set.Add(pack.Options.Seed.ToString());
        foreach (var word in Words(words))
        {
            set.Add(word);
            set.Add(word.ToUpperInvariant());
        }
        foreach (var article in pack.Bank.Articles)
        {
            set.Add(article.Label.Value);
            set.Add(article.File);
            set.Add(article.Title);
            set.Add(article.Outlet);
            set.Add(article.Text);
            foreach (var name in article.Authors.Concat(article.Wire))
            {
                set.Add(name);
            }
        }
        foreach (var variant in pack.Variants)
        {
            set.Add(variant.Code);
            set.Add(variant.Student?.Name);
            set.Add(variant.Student?.Class);
            foreach (var item in variant.Items)
            {
                set.Add(item.Key);
                foreach (var choice in item.Choices)
                {
                    set.Add(choice.Text);
                    // A true/false choice is labelled by its initial, in capitals.
                    if (choice.Text.TrimStart() is { Length: > 0 } trimmed)
                    {
                        set.Add(char.ToUpperInvariant(trimmed[0]).ToString());
                    }
                }
                foreach (var option in item.MatchOptions)
                {
                    set.Add(option);
                }
                set.Add(item.Item);
            }
        }
        foreach (var card in pack.Cards)
        {
            set.Add(card);
        }
        return set.CodePoints();
    }

    private static IEnumerable<string> Words(Headings words) =>
    [
        words.Worksheet, words.Name, words.Class, words.Date, words.Variant, words.Seed, words.Instructions, words.MultipleChoice,
        words.SourceAttribution, words.Matching, words.TrueFalse, words.Discussion, words.Cards, words.ChooseOne, words.MatchHint,
        words.TrueFalseHint, words.DiscussionHint, words.Appendix, words.AppendixHint, words.Article, words.Paragraph, words.AnswerKey,
        words.TeachersOnly, words.Source, words.Guidance, words.StudyCards, words.Front, words.Back, words.ClassSheet, words.ClassSheetHint,
        words.Questions, words.QuoteCard, words.PersonCard, words.TermCard, words.FactCard, .. words.Months,
    ];

    /// <summary>Characters seen, the Basic Multilingual Plane in a table.</summary>
    private sealed class Set
    {
        private readonly bool[] basic = new bool[char.MaxValue + 1];
        private readonly SortedSet<int> supplementary = [];

        public void Add(Item item)
        {
            Add(item.Prompt);
            Add(item.Stimulus);
            Add(item.Answer);
            Add(item.Explanation);
            foreach (var choice in item.Choices)
            {
                Add(choice.Text);
            }
            foreach (var pair in item.Pairs)
            {
                Add(pair.Left);
                Add(pair.Right);
            }
            foreach (var evidence in item.Evidence)
            {
                Add(evidence.Excerpt);
                Add(evidence.Label.Value);
            }
        }

        public void Add(string? text)
        {
            if (text is null)
            {
                return;
            }
            AddCharacters(text);
            // The measurer draws text composed (NFC), which can hold characters the raw text spells in parts.
            if (!Ascii.IsValid(text) && !text.IsNormalized(NormalizationForm.FormC))
            {
                AddCharacters(text.Normalize(NormalizationForm.FormC));
            }
        }

        public SortedSet<int> CodePoints()
        {
            var all = new SortedSet<int>(supplementary);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (basic[c] && !char.IsSurrogate((char)c))
                {
                    all.Add(c);
                }
            }
            return all;
        }

        private void AddCharacters(string text)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (rune.IsBmp)
                {
                    basic[rune.Value] = true;
                }
                else
                {
                    supplementary.Add(rune.Value);
                }
            }
        }
    }
}
