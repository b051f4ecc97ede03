using Attest.Core.Extraction;

namespace Attest.Web.Rendering;

/// <summary>Cuts a document's text at every annotation boundary, so each extracted item can be highlighted at its exact offsets even where items overlap.</summary>
public static class TextHighlighter
{
    public static IReadOnlyList<Annotation> AnnotationsOf(ExtractionResult extraction)
    {
        var annotations = new List<Annotation>();
        foreach (var e in extraction.Entities)
        {
            annotations.AddRange(e.Mentions.Select(m => new Annotation("entity", e.Id, e.Type, $"{e.Name} ({e.Type})", m.Start, m.End)));
        }

        annotations.AddRange(extraction.Dates.Select((d, i) => new Annotation("date", "d" + (i + 1), d.Precision, $"date {d.Value ?? "?"}", d.Start, d.End)));
        annotations.AddRange(extraction.Quantities.Select((q, i) => new Annotation("quantity", "q" + (i + 1), q.Unit ?? "", $"quantity {q.Low}–{q.High} {q.Unit}", q.Start, q.End)));
        annotations.AddRange(extraction.Claims.Select(c =>
            new Annotation("claim", c.Id, c.Speaker.Kind, $"claim {c.Id}: {c.Speaker.Name ?? c.Speaker.Kind} ({c.Speaker.Kind})", c.Start, c.End)));
        annotations.AddRange(extraction.Events.Select(v =>
            new Annotation("event", v.Id, v.Cameo, $"event {v.Id}: CAMEO {v.Cameo}, {v.Source.Name}{(v.Target is null ? "" : " → " + v.Target.Name)}", v.Start, v.End)));
        return annotations;
    }

    public static IReadOnlyList<TextSegment> Segment(string text, IReadOnlyList<Annotation> annotations)
    {
        // Spans outside the text (a stale extraction) are dropped rather than trusted.
        var valid = annotations.Where(a => 0 <= a.Start && a.Start < a.End && a.End <= text.Length).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var a in valid)
        {
            cuts.Add(a.Start);
            cuts.Add(a.End);
        }

        var segments = new List<TextSegment>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            if (start == end)
            {
                continue;
            }

            var active = valid.Where(a => a.Start <= start && end <= a.End).ToList();
            segments.Add(new TextSegment(start, end, text[start..end], active));
        }

        return segments;
    }
}
