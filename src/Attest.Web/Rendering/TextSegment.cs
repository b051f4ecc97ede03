namespace Attest.Web.Rendering;

/// <summary>A stretch of document text covered by the same set of annotations (none, one, or several overlapping).</summary>
public sealed record TextSegment(int Start, int End, string Text, IReadOnlyList<Annotation> Annotations);
