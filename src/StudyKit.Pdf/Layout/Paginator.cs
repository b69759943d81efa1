using System.Globalization;

namespace StudyKit.Pdf.Layout;

/// <summary>One laid-out page: its number and the part of the flow on it.</summary>
internal sealed record LaidOutPage(int Number, Element Content);

/// <summary>
/// Flows a document through pages: measure what is left in the content area; draw what fits fully, or split
/// where it fits partly; on "does not fit" on an empty page, let keep-together blocks split; give up with a
/// <see cref="LayoutException"/> past the page limit. Runs twice (or until stable) so that headers and footers
/// can print the page total.
/// </summary>
internal sealed class Paginator(LayoutContext context)
{
    public Paginator(ITextMeasurer measurer)
        : this(new LayoutContext(measurer))
    {
    }

    /// <summary>Lays out and draws <paramref name="document"/> onto <paramref name="surface"/>; returns the page count.</summary>
    public int Render(LayoutDocument document, IDrawingSurface surface)
    {
        var pages = Paginate(document);
        Draw(document, pages, surface);
        return pages.Count;
    }

    /// <summary>Draws the <paramref name="pages"/> <see cref="Paginate"/> laid out, with their headers and footers.</summary>
    public void Draw(LayoutDocument document, IReadOnlyList<LaidOutPage> pages, IDrawingSurface surface)
    {
        var draw = new DrawContext(context, surface);
        var page = document.Page;
        foreach (var laid in pages)
        {
            var info = new PageInfo(laid.Number, pages.Count);
            var (top, bottom) = Bands(document, info);
            surface.BeginPage(page.Width, page.Height);
            if (document.Header?.Invoke(info) is { } header)
            {
                header.Draw(draw, new Rect(page.Margin, page.Margin, page.ContentWidth, header.HeightAt(context, page.ContentWidth)));
            }
            var area = new Rect(page.Margin, page.Margin + top, page.ContentWidth, page.ContentHeight - top - bottom);
            surface.PagePart();
            laid.Content.Draw(draw, area);
            if (document.Footer?.Invoke(info) is { } footer)
            {
                surface.PagePart();
                var height = footer.HeightAt(context, page.ContentWidth);
                footer.Draw(draw, new Rect(page.Margin, page.Height - page.Margin - height, page.ContentWidth, height));
            }
            surface.EndPage();
        }
    }

    /// <summary>The pages, laid out with the true page total in headers and footers.</summary>
    public IReadOnlyList<LaidOutPage> Paginate(LayoutDocument document)
    {
        var total = 0;
        for (var pass = 0; pass < 4; pass++)
        {
            var bands = new List<(float Top, float Bottom)>();
            var pages = Flow(document, total, bands);
            if (pages.Count == total || SameBands(document, bands, pages.Count))
            {
                return pages;
            }
            total = pages.Count;
        }
        return Flow(document, total, []);
    }

    /// <summary>Whether every page's header and footer, given the page total, are as high as the pass without
    /// it found them. A flow depends on the content and on those heights alone, so the next pass would then lay
    /// out the very same pages: the usual case ("3 / 7" is as high as "3 / 0"), which saves a whole pass.</summary>
    private bool SameBands(LayoutDocument document, List<(float Top, float Bottom)> bands, int total)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (Bands(document, new PageInfo(i + 1, total)) != bands[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One pass of flowing the content through pages; <paramref name="bands"/> receives each page's
    /// header and footer heights.</summary>
    private List<LaidOutPage> Flow(LayoutDocument document, int total, List<(float Top, float Bottom)> bands)
    {
        var pages = new List<LaidOutPage>();
        Element? rest = document.Content;
        while (rest is not null)
        {
            var number = pages.Count + 1;
            if (number > document.MaxPages)
            {
                throw new LayoutException(string.Create(CultureInfo.InvariantCulture,
                    $"The document needs more than {document.MaxPages} pages; layout stopped at {rest.Describe()}. Shorten the content or raise the page limit."));
            }
            var (top, bottom) = Bands(document, new PageInfo(number, total));
            bands.Add((top, bottom));
            var width = document.Page.ContentWidth;
            var height = document.Page.ContentHeight - top - bottom;
            if (height <= 0)
            {
                throw new LayoutException($"Header and footer leave no room for content on page {number}.");
            }
            var fit = rest.Measure(context, width, height);
            var relaxed = context;
            if (fit.Kind == FitKind.None)
            {
                relaxed = context with { RelaxKeepTogether = true };
                fit = rest.Measure(relaxed, width, height);
            }
            switch (fit.Kind)
            {
                case FitKind.Full:
                    pages.Add(new LaidOutPage(number, rest));
                    rest = null;
                    break;
                case FitKind.Partial:
                    var (head, tail) = rest.Split(relaxed, width, height);
                    pages.Add(new LaidOutPage(number, head));
                    rest = tail;
                    break;
                case FitKind.None:
                    throw new LayoutException(string.Create(CultureInfo.InvariantCulture,
                        $"Page {number}: {fit.Reason ?? rest.Describe()} — it does not fit even on an empty page of {width:0.#} × {height:0.#} pt."));
            }
        }
        return pages;
    }

    private (float Top, float Bottom) Bands(LayoutDocument document, PageInfo info)
    {
        var width = document.Page.ContentWidth;
        var header = document.Header?.Invoke(info);
        var footer = document.Footer?.Invoke(info);
        return (header is null ? 0 : header.HeightAt(context, width) + LayoutDocument.Gap,
                footer is null ? 0 : footer.HeightAt(context, width) + LayoutDocument.Gap);
    }
}
