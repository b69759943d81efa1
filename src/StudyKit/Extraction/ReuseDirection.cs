namespace StudyKit.Extraction;

/// <summary>
/// Which of two related articles is the derived one. In order:
/// 1. the later publication date, when both are known;
/// 2. an explicit credit to the other's outlet;
/// 3. where each article's own material sits: newsrooms put what is new on top and cut copy from the
///    bottom, so the article whose unmatched sentences sit clearly nearer the top (by 0.3 of the length)
///    is the derived one (an update with a new top; its source has a trimmed tail);
/// 4. the lead: an article whose lead has a counterpart in the other while the other's has none is the source;
/// 5. containment: when both leads match, the derived article is the condensed one (more of it lies in the
///    other); when neither does, it is the one that added material around the reused text;
/// 6. the later id.
/// Without dates the direction of a near-copy is a judgement; the rules above favour the common cases.
/// </summary>
internal static class ReuseDirection
{
    /// <summary>How much nearer the top (share of the article) an article's own material must sit to decide.</summary>
    private const double PlacementMargin = 0.3;

    /// <summary>True when <paramref name="a"/> reuses <paramref name="b"/> rather than the other way round.</summary>
    public static bool FirstIsDerived(NarrativeProfile a, NarrativeProfile b, PairSignals ab, PairSignals ba)
    {
        if (ByDate(a, b) is { } byDate)
        {
            return byDate;
        }
        if (ByCredit(a, b) is { } byCredit)
        {
            return byCredit;
        }
        if (ab.UniquePosition is { } ua && ba.UniquePosition is { } ub && Math.Abs(ua - ub) >= PlacementMargin)
        {
            return ua < ub;
        }
        if (ab.LeadAligned != ba.LeadAligned)
        {
            return ba.LeadAligned;
        }
        if (ab.Containment != ba.Containment)
        {
            return ab.LeadAligned ? ab.Containment > ba.Containment : ba.Containment > ab.Containment;
        }
        return string.CompareOrdinal(a.Article.Id.Value, b.Article.Id.Value) > 0;
    }

    private static bool? ByDate(NarrativeProfile a, NarrativeProfile b)
    {
        if (a.Article.Published is not { } pa || b.Article.Published is not { } pb)
        {
            return null;
        }
        var order = pa.Date.CompareTo(pb.Date);
        if (order == 0 && pa.Time is { } ta && pb.Time is { } tb)
        {
            order = ta.CompareTo(tb);
        }
        return order == 0 ? null : order > 0;
    }

    private static bool? ByCredit(NarrativeProfile a, NarrativeProfile b)
    {
        var aCredits = Credits(a, b);
        var bCredits = Credits(b, a);
        return aCredits == bCredits ? null : aCredits;
    }

    private static bool Credits(NarrativeProfile article, NarrativeProfile other) =>
        other.Article.Outlet is { Length: > 2 } outlet
        && !string.Equals(outlet, article.Article.Outlet, StringComparison.OrdinalIgnoreCase)
        && article.Article.Text.Contains(outlet, StringComparison.OrdinalIgnoreCase);
}
