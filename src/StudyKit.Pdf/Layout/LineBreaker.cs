using System.Text;

namespace StudyKit.Pdf.Layout;

/// <summary>
/// Greedy line breaking of styled runs: words (which may cross runs, "<b>A.</b>text") go on the current line
/// when they fit; otherwise on a new one; a word wider than a whole line is cut between grapheme clusters.
/// </summary>
internal sealed class LineBreaker(ITextMeasurer measurer, float width)
{
    private readonly List<TextLine> lines = [];
    private readonly List<LinePiece> pieces = [];
    private readonly List<Part> word = [];
    private readonly List<float> wordWidths = [];
    private readonly StringBuilder pieceText = new();

    // The last piece of the line while words are still added to it: its text grows in pieceText.
    private (TextStyle Style, string? Link, float X, float Width)? open;
    private float lineWidth;

    // The space before the next word, in the style and link of the run it came from.
    private (TextStyle Style, string? Link)? pendingSpace;

    public IReadOnlyList<TextLine> Break(IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            var text = measurer.Prepare(run.Text, run.Style);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != ' ' && text[i] != '\n')
                {
                    continue;
                }
                if (i > start)
                {
                    word.Add(new Part(text, start, i - start, run.Style, run.Link));
                }
                if (i < text.Length)
                {
                    PlaceWord();
                    word.Clear();
                    if (text[i] == '\n')
                    {
                        FinishLine(hardBreak: true, brokenWord: false, force: true);
                    }
                    else if (HasPieces)
                    {
                        pendingSpace = (run.Style, run.Link);
                    }
                }
                start = i + 1;
            }
        }
        PlaceWord();
        FinishLine(hardBreak: false, brokenWord: false, force: false);
        return lines;
    }

    private void PlaceWord()
    {
        if (word.Count == 0)
        {
            return;
        }
        wordWidths.Clear();
        var wordWidth = 0f;
        foreach (var part in word)
        {
            var partWidth = measurer.Width(part.Span, part.Style);
            wordWidths.Add(partWidth);
            wordWidth += partWidth;
        }
        var space = pendingSpace is not { } spaceStyle || !HasPieces ? 0 : measurer.Width(" ", spaceStyle.Style);
        if (HasPieces && lineWidth + space + wordWidth > width)
        {
            FinishLine(hardBreak: false, brokenWord: false, force: false);
            space = 0;
        }
        if (HasPieces && space > 0)
        {
            Add(" ", pendingSpace!.Value.Style, pendingSpace.Value.Link, space);
        }
        pendingSpace = null;
        if (wordWidth <= width - lineWidth)
        {
            for (var i = 0; i < word.Count; i++)
            {
                Add(word[i].Span, word[i].Style, word[i].Link, wordWidths[i]);
            }
            return;
        }
        PlaceLongWord();
    }

    /// <summary>Cuts a word wider than the line between grapheme clusters; at least one cluster per line.</summary>
    private void PlaceLongWord()
    {
        foreach (var part in word)
        {
            var chunk = new StringBuilder();
            var chunkWidth = 0f;
            foreach (var grapheme in Paragraph.Graphemes(part.Span.ToString()))
            {
                var advance = measurer.Width(grapheme, part.Style);
                if (lineWidth + chunkWidth + advance > width && (chunk.Length > 0 || HasPieces))
                {
                    if (chunk.Length > 0)
                    {
                        Add(chunk.ToString(), part.Style, part.Link, chunkWidth);
                    }
                    FinishLine(hardBreak: false, brokenWord: true, force: false);
                    chunk.Clear();
                    chunkWidth = 0;
                }
                chunk.Append(grapheme);
                chunkWidth += advance;
            }
            if (chunk.Length > 0)
            {
                Add(chunk.ToString(), part.Style, part.Link, chunkWidth);
            }
        }
    }

    private bool HasPieces => open is not null;

    /// <summary>Adds text to the line: to its last piece when style and link are the same, else as a new piece.</summary>
    private void Add(ReadOnlySpan<char> text, TextStyle style, string? link, float advance)
    {
        if (open is { } last && last.Style == style && last.Link == link)
        {
            open = (last.Style, last.Link, last.X, last.Width + advance);
        }
        else
        {
            ClosePiece();
            open = (style, link, lineWidth, advance);
        }
        pieceText.Append(text);
        lineWidth += advance;
    }

    private void ClosePiece()
    {
        if (open is { } last)
        {
            pieces.Add(new LinePiece(pieceText.ToString(), last.Style, last.Link, last.X, last.Width));
            pieceText.Clear();
            open = null;
        }
    }

    private void FinishLine(bool hardBreak, bool brokenWord, bool force)
    {
        ClosePiece();
        if (pieces.Count == 0 && !force)
        {
            return;
        }
        // The tallest style on the line sets its metrics; an empty line (a hard break) has the body's.
        var ascent = float.MinValue;
        var descent = float.MinValue;
        var height = float.MinValue;
        for (var i = 0; i < Math.Max(1, pieces.Count); i++)
        {
            var style = pieces.Count > 0 ? pieces[i].Style : TextStyle.Body;
            var metrics = measurer.Metrics(style);
            ascent = Math.Max(ascent, metrics.Ascent);
            descent = Math.Max(descent, metrics.Descent);
            height = Math.Max(height, style.Size * TextStyle.Leading);
        }
        lines.Add(new TextLine(pieces.ToArray(), lineWidth, Math.Max(height, ascent + descent), ascent, descent, hardBreak, brokenWord));
        pieces.Clear();
        lineWidth = 0;
        pendingSpace = null;
    }

    /// <summary>A word's part in one run: a slice of the run's prepared text, without copying it out.</summary>
    private readonly record struct Part(string Text, int Start, int Length, TextStyle Style, string? Link)
    {
        public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);
    }
}
