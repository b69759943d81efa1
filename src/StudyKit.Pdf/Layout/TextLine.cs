namespace StudyKit.Pdf.Layout;

/// <summary>A piece of a line: prepared text in one style at an offset from the line's start.</summary>
internal sealed record LinePiece(string Text, TextStyle Style, string? Link, float X, float Width);

/// <summary>One wrapped line of a paragraph.</summary>
/// <param name="Pieces">Pieces left to right.</param>
/// <param name="Width">Total advance width.</param>
/// <param name="Height">Line height (largest size × leading).</param>
/// <param name="Ascent">Largest ascent.</param>
/// <param name="Descent">Largest descent.</param>
/// <param name="HardBreak">The line ended at a newline in the text.</param>
/// <param name="BrokenWord">The line ended inside a word too long for a line.</param>
internal sealed record TextLine(IReadOnlyList<LinePiece> Pieces, float Width, float Height, float Ascent, float Descent,
    bool HardBreak, bool BrokenWord);
