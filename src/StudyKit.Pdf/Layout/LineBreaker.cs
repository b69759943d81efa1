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
    private float lineWidth;
    private Run? pendingSpace;

    public IReadOnlyList<TextLine> Break(IReadOnlyList<Run> runs)
    {
        var word = new List<Run>();
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
                    word.Add(run with { Text = text[start..i] });
                }
                if (i < text.Length)
                {
                    PlaceWord(word);
                    word.Clear();
                    if (text[i] == '\n')
                    {
                        FinishLine(hardBreak: true, brokenWord: false, force: true);
                    }
                    else if (pieces.Count > 0)
                    {
                        pendingSpace = run with { Text = " " };
                    }
                }
                start = i + 1;
            }
        }
        PlaceWord(word);
        FinishLine(hardBreak: false, brokenWord: false, force: false);
        return lines;
    }

    private void PlaceWord(List<Run> word)
    {
        if (word.Count == 0)
        {
            return;
        }
        var wordWidth = word.Sum(r => measurer.Width(r.Text, r.Style));
        var space = pendingSpace is null || pieces.Count == 0 ? 0 : measurer.Width(" ", pendingSpace.Style);
        if (pieces.Count > 0 && lineWidth + space + wordWidth > width)
        {
            FinishLine(hardBreak: false, brokenWord: false, force: false);
            space = 0;
        }
        if (pieces.Count > 0 && space > 0)
        {
            Add(" ", pendingSpace!.Style, pendingSpace.Link, space);
        }
        pendingSpace = null;
        if (wordWidth <= width - lineWidth)
        {
            foreach (var run in word)
            {
                Add(run.Text, run.Style, run.Link, measurer.Width(run.Text, run.Style));
            }
            return;
        }
        PlaceLongWord(word);
    }

    /// <summary>Cuts a word wider than the line between grapheme clusters; at least one cluster per line.</summary>
    private void PlaceLongWord(List<Run> word)
    {
        foreach (var run in word)
        {
            var chunk = new StringBuilder();
            var chunkWidth = 0f;
            foreach (var grapheme in Paragraph.Graphemes(run.Text))
            {
                var advance = measurer.Width(grapheme, run.Style);
                if (lineWidth + chunkWidth + advance > width && (chunk.Length > 0 || pieces.Count > 0))
                {
                    if (chunk.Length > 0)
                    {
                        Add(chunk.ToString(), run.Style, run.Link, chunkWidth);
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
                Add(chunk.ToString(), run.Style, run.Link, chunkWidth);
            }
        }
    }

    private void Add(string text, TextStyle style, string? link, float advance)
    {
        if (pieces.Count > 0 && pieces[^1].Style == style && pieces[^1].Link == link)
        {
            var last = pieces[^1];
            pieces[^1] = last with { Text = last.Text + text, Width = last.Width + advance };
        }
        else
        {
            pieces.Add(new LinePiece(text, style, link, lineWidth, advance));
        }
        lineWidth += advance;
    }

    private void FinishLine(bool hardBreak, bool brokenWord, bool force)
    {
        if (pieces.Count == 0 && !force)
        {
            return;
        }
        var styles = pieces.Count > 0 ? pieces.Select(p => p.Style).ToList() : [TextStyle.Body];
        var ascent = styles.Max(s => measurer.Metrics(s).Ascent);
        var descent = styles.Max(s => measurer.Metrics(s).Descent);
        var height = styles.Max(s => s.Size * TextStyle.Leading);
        lines.Add(new TextLine(pieces.ToList(), lineWidth, Math.Max(height, ascent + descent), ascent, descent, hardBreak, brokenWord));
        pieces.Clear();
        lineWidth = 0;
        pendingSpace = null;
    }
}
