namespace StudyKit.Pdf.Layout;

/// <summary>
/// Children stacked top to bottom with <paramref name="spacing"/> between visible ones. Splits between
/// children, inside a child that splits, and at a <see cref="PageBreak"/>.
/// </summary>
internal sealed class Column(IReadOnlyList<Element> children, float spacing = 0) : Element
{
    public IReadOnlyList<Element> Children { get; } = children;

    public float Spacing { get; } = spacing;

    public override Fit Measure(LayoutContext context, float width, float height) => Walk(context, width, height).Fit;

    public override (Element Head, Element Tail) Split(LayoutContext context, float width, float height)
    {
        var walk = Walk(context, width, height);
        var head = new List<Element>(walk.Index + 1);
        for (var i = 0; i < walk.Index; i++)
        {
            head.Add(Children[i]);
        }
        if (walk.Stop is StopKind.ChildPartial)
        {
            var gap = walk.Used > 0 ? Spacing : 0;
            var (childHead, childTail) = Children[walk.Index].Split(context, width, height - walk.Used - gap);
            head.Add(childHead);
            return (new Column(head, Spacing), new Column(new Rest(Children, walk.Index + 1, childTail), Spacing));
        }
        var next = walk.Stop is StopKind.PageBreak ? walk.Index + 1 : walk.Index;
        return (new Column(head, Spacing), new Column(new Rest(Children, next, null), Spacing));
    }

    public override void Draw(DrawContext context, Rect area)
    {
        var used = 0f;
        foreach (var child in Children)
        {
            var gap = used > 0 ? Spacing : 0;
            var fit = child.Measure(context.Layout, area.Width, area.Height - used - gap);
            if (fit.Kind != FitKind.Full)
            {
                break;
            }
            if (fit.Height <= 0)
            {
                child.Draw(context, new Rect(area.X, area.Y + used, area.Width, 0));
                continue;
            }
            child.Draw(context, new Rect(area.X, area.Y + used + gap, area.Width, fit.Height));
            used += gap + fit.Height;
        }
    }

    public override string Describe() => Children.Count > 0 ? Children[0].Describe() : "empty column";

    private Walked Walk(LayoutContext context, float width, float height)
    {
        var used = 0f;
        for (var i = 0; i < Children.Count; i++)
        {
            var child = Children[i];
            if (child is PageBreak)
            {
                if (used > 0)
                {
                    return new Walked(Fit.Partial(used, "page break"), i, used, StopKind.PageBreak);
                }
                continue;
            }
            var gap = used > 0 ? Spacing : 0;
            var fit = child.Measure(context, width, height - used - gap);
            switch (fit.Kind)
            {
                case FitKind.Full:
                    used += fit.Height > 0 ? gap + fit.Height : 0;
                    break;
                case FitKind.Partial:
                    return new Walked(Fit.Partial(used + gap + fit.Height, fit.Reason ?? "partial child"), i, used, StopKind.ChildPartial);
                case FitKind.None:
                    return used > 0
                        ? new Walked(Fit.Partial(used, fit.Reason ?? "next child does not fit"), i, used, StopKind.ChildNone)
                        : new Walked(Fit.None(fit.Reason ?? $"{child.Describe()} does not fit"), i, used, StopKind.ChildNone);
            }
        }
        return new Walked(Fit.Full(used), Children.Count, used, StopKind.End);
    }

    /// <summary>The children from a start on, after a first element when one is given (a split child's tail): the
    /// rest of a column after a page, seen through rather than copied, since a long document (the answer key)
    /// would otherwise copy its remaining blocks on every page.</summary>
    private sealed class Rest : IReadOnlyList<Element>
    {
        private readonly IReadOnlyList<Element> children;
        private readonly int start;
        private readonly Element? first;

        public Rest(IReadOnlyList<Element> children, int start, Element? first)
        {
            // The rest of a rest looks into the original list.
            if (children is Rest rest && rest.first is null)
            {
                (children, start) = (rest.children, rest.start + start);
            }
            else if (children is Rest withFirst && start > 0)
            {
                (children, start) = (withFirst.children, withFirst.start + start - 1);
            }
            this.children = children;
            this.start = start;
            this.first = first;
        }

        public int Count => (first is null ? 0 : 1) + Math.Max(0, children.Count - start);

        public Element this[int index] => first is null ? children[start + index]
            : index == 0 ? first : children[start + index - 1];

        public IEnumerator<Element> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private enum StopKind
    {
        End,
        PageBreak,
        ChildPartial,
        ChildNone,
    }

    private readonly record struct Walked(Fit Fit, int Index, float Used, StopKind Stop);
}

/// <summary>Ends the page: what follows starts on the next one. Ignored at the top of a page.</summary>
internal sealed class PageBreak : Element
{
    public override Fit Measure(LayoutContext context, float width, float height) => Fit.Full(0);

    public override void Draw(DrawContext context, Rect area)
    {
    }
}

/// <summary>
/// Keeps its child on one page: "fits partly" becomes "does not fit", so the block moves to the next page.
/// On an empty page (<see cref="LayoutContext.RelaxKeepTogether"/>) a block taller than the page splits.
/// </summary>
internal sealed class KeepTogether(Element child) : Element
{
    public Element Child { get; } = child;

    public override Fit Measure(LayoutContext context, float width, float height)
    {
        var fit = Child.Measure(context, width, height);
        return fit.Kind == FitKind.Partial && !context.RelaxKeepTogether
            ? Fit.None($"keep-together {Child.Describe()} needs more than the {height:0.#} pt left")
            : fit;
    }

    public override (Element Head, Element Tail) Split(LayoutContext context, float width, float height) =>
        Child.Split(context, width, height);

    public override void Draw(DrawContext context, Rect area) => Child.Draw(context, area);

    public override string Describe() => Child.Describe();
}
