using System.Collections.Immutable;

namespace StudyKit.Reading;

/// <summary>Reads one document into an <see cref="Article"/> (see <see cref="CorpusReader"/>).</summary>
internal static class ArticleReader
{
    private const int LeadParagraphs = 3;

    /// <summary>Reads the article; repairs made to its text are added to <paramref name="diagnostics"/>.</summary>
    public static Article Read(SourceDocument document, ArticleLabel label, SourceOverride? over, List<Diagnostic> diagnostics)
    {
        var file = Path.GetFileName(document.Path);
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new StudyKitInputException(document.Path, ReadingMessages.FileEmpty);
        }
        if (TextRepair.LooksBinary(document.Text))
        {
            throw new StudyKitInputException(document.Path, ReadingMessages.NotText);
        }
        var source = HtmlText.IsHtml(document.Path, document.Text) ? HtmlText.ToPlainText(document.Text) : document.Text;
        var raw = TextRepair.SplitLines(source);
        var lines = raw.Select(CleanLine).ToArray();
        var meta = new ArticleMetadata();
        var (paragraphs, noise, respaced) = Classify(raw, lines, meta);
        var id = new ArticleId(Path.GetFileNameWithoutExtension(file));
        var repaired = raw.Count(l => !string.Equals(TextRepair.RepairMojibake(l), l, StringComparison.Ordinal));
        if (repaired > 0)
        {
            diagnostics.Add(new Diagnostic(id, "mojibake-repaired", Count(repaired, "line had", "lines had") + " mis-decoded characters (\"Ã©\" for \"é\"); repaired."));
        }
        if (respaced > 0)
        {
            diagnostics.Add(new Diagnostic(id, "detokenised", Count(respaced, "paragraph was", "paragraphs were") + " tokenised upstream (\" , \", \"kata nya\"); spacing repaired."));
        }
        if (paragraphs.Count == 0 && meta.Title is { } only)
        {
            paragraphs.Add(new SourceParagraph(only, Array.FindIndex(lines, l => l == only) + 1));
            meta.Title = null;
        }
        if (paragraphs.Count == 0)
        {
            throw new StudyKitInputException(document.Path, ReadingMessages.NoArticleText);
        }
        for (var i = 0; i < Math.Min(LeadParagraphs, paragraphs.Count); i++)
        {
            if (MetadataReader.TryReadDateline(paragraphs[i].Text, meta, bareCity: i == 0))
            {
                break;
            }
        }
        foreach (var paragraph in paragraphs)
        {
            MetadataReader.ReadWireCredits(paragraph.Text, meta);
            MetadataReader.ReadSelfReference(paragraph.Text, meta);
        }
        if (meta.Title is { } title)
        {
            MetadataReader.ReadTitleCredit(title, meta);
        }
        return Build(document, file, label, over, meta, paragraphs, noise);
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private static (List<SourceParagraph> Paragraphs, List<NoiseLine> Noise, int Respaced) Classify(string[] raw, string[] lines, ArticleMetadata meta)
    {
        var paragraphs = new List<SourceParagraph>();
        var noise = new List<NoiseLine>();
        var pollPending = false;
        var respaced = 0;
        var titleDecided = false;
        string? title = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.Length == 0)
            {
                continue;
            }
            void Noise(string reason) => noise.Add(new NoiseLine(number, raw[i].Trim(), reason));
            if (NoiseClassifier.IsTableRow(line))
            {
                MetadataReader.ReadTableRow(line, meta);
                Noise("metadata-table");
                continue;
            }
            if (NoiseClassifier.Classify(line) is { } reason)
            {
                Noise(reason);
                pollPending = reason == "poll";
                MetadataReader.ReadWireCredits(line, meta);
                continue;
            }
            if (pollPending)
            {
                // The question under a "POLLING" head.
                Noise("poll");
                pollPending = false;
                continue;
            }
            if (MetadataReader.TryReadCreditLine(line, meta))
            {
                continue;
            }
            if (MetadataReader.TryReadTimestamp(line, meta))
            {
                Noise("timestamp");
                continue;
            }
            if (title is not null && (line == title || line.StartsWith(title + " ", StringComparison.Ordinal)))
            {
                // The headline repeated as an image caption.
                Noise("photo-caption");
                MetadataReader.ReadWireCredits(line, meta);
                continue;
            }
            if (MetadataReader.IsPhotoCaption(line))
            {
                Noise("photo-caption");
                MetadataReader.ReadWireCredits(line, meta);
                continue;
            }
            if (!titleDecided && paragraphs.Count == 0)
            {
                if (title is null && IsMasthead(line, NextLine(lines, i)))
                {
                    Noise("masthead");
                    meta.SetOutlet(line);
                    continue;
                }
                titleDecided = true;
                if (IsTitle(line))
                {
                    title = line;
                    continue;
                }
            }
            var cuts = new List<(string Text, string Reason)>();
            var kept = NoiseClassifier.CutInline(line, cuts);
            var text = Detokenizer.Line(kept);
            respaced += text == kept ? 0 : 1;
            foreach (var (cut, why) in cuts)
            {
                noise.Add(new NoiseLine(number, cut, why));
            }
            if (text.Length > 0)
            {
                paragraphs.Add(new SourceParagraph(text, number));
            }
        }
        if (title is not null)
        {
            meta.Title = title;
        }
        return (paragraphs, noise, respaced);
    }

    // Markdown furniture: a heading mark and bold marks are not text.
    private static string CleanLine(string raw)
    {
        var line = TextRepair.Line(raw);
        if (line.StartsWith('#') && line.TrimStart('#').StartsWith(' '))
        {
            line = line.TrimStart('#').Trim();
        }
        if (line.Contains("**", StringComparison.Ordinal))
        {
            line = line.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        }
        return line;
    }

    private static string? NextLine(string[] lines, int i)
    {
        for (var k = i + 1; k < lines.Length; k++)
        {
            if (lines[k].Length > 0)
            {
                return lines[k];
            }
        }
        return null;
    }

    // A masthead is a short capitalised name ("Tampang") standing above a headline that has no final stop.
    private static bool IsMasthead(string line, string? next)
    {
        var words = line.Split(' ');
        return next is not null && line.Length <= 25 && words.Length <= 2
            && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(ch => char.IsLetter(ch) || ch is '.' or '-'))
            && !line.EndsWith('.') && next.Length > line.Length && !next.EndsWith('.') && IsTitle(next)
            && NoiseClassifier.Classify(next) is null && !MetadataReader.TryReadCreditLine(next, new ArticleMetadata())
            && !MetadataReader.TryReadTimestamp(next, new ArticleMetadata());
    }

    // A headline: one short sentence that does not open with a dateline.
    private static bool IsTitle(string line)
    {
        if (line.Length > 200 || line.Count(c => c == ' ') >= 30 || !line.Any(char.IsLetter))
        {
            return false;
        }
        if (MetadataReader.TryReadDateline(line, new ArticleMetadata()))
        {
            return false;
        }
        return SentenceSplitter.Split(line).Count == 1;
    }

    private static Article Build(
        SourceDocument document, string file, ArticleLabel label, SourceOverride? over, ArticleMetadata meta,
        List<SourceParagraph> sourceParagraphs, List<NoiseLine> noise)
    {
        // Paragraphs (one at least: Read refuses an article without) joined by a blank line, written straight into
        // the article's string.
        var text = string.Create(sourceParagraphs.Sum(p => p.Text.Length + 2) - 2, sourceParagraphs, static (chars, bodies) =>
        {
            var at = 0;
            foreach (var body in bodies)
            {
                if (at > 0)
                {
                    chars[at++] = '\n';
                    chars[at++] = '\n';
                }
                body.Text.CopyTo(chars[at..]);
                at += body.Text.Length;
            }
        });
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(sourceParagraphs.Count);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        foreach (var (body, line) in sourceParagraphs)
        {
            var number = new ParagraphNumber(paragraphs.Count + 1);
            paragraphs.Add(new Paragraph(number, new TextSpan(start, start + body.Length), body) { SourceLine = line });
            foreach (var span in SentenceSplitter.Split(body))
            {
                sentences.Add(new Sentence(number, span.Shift(start), body[span.Start..span.End]));
            }
            start += body.Length + 2;
        }
        return new Article
        {
            Id = new ArticleId(Path.GetFileNameWithoutExtension(file)),
            File = file,
            Label = label,
            Title = over?.Title ?? meta.Title,
            Outlet = over?.Outlet ?? meta.Outlet,
            Url = over?.Url,
            Authors = over?.Authors ?? [.. meta.Authors],
            Editor = meta.Editor,
            Published = over?.Published ?? meta.Published,
            Dateline = meta.Dateline,
            Wire = over?.Wire is { } wire ? [.. wire.Order(StringComparer.Ordinal)] : [.. meta.Wire],
            Language = over?.Language ?? LanguageDetector.Detect(sourceParagraphs.Select(p => p.Text)),
            Text = text,
            Paragraphs = paragraphs.MoveToImmutable(),
            Sentences = sentences.ToImmutable(),
            Noise = [.. noise],
        };
    }

    private sealed record SourceParagraph(string Text, int Line);
}
