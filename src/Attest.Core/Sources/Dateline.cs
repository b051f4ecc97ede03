namespace Attest.Core.Sources;

/// <summary>A news dateline such as <c>ISLAMABAD, DEC 8 /DNA/ –</c>: where and when the report was filed, and by which agency.</summary>
/// <param name="Start">Offset of the dateline's first character in the source text.</param>
/// <param name="End">Offset just past the dateline, including its closing dash or colon.</param>
/// <param name="Date">The date as written (e.g. <c>DEC 8</c>); resolving it needs the publication year.</param>
public sealed record Dateline(int Start, int End, string Place, string? Date = null, string? Agency = null);
