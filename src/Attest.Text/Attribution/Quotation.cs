namespace Attest.Text.Attribution;

/// <summary>A passage in double quotation marks: <see cref="Start"/>..<see cref="End"/> include the marks, the content excludes them.</summary>
public readonly record struct Quotation(int Start, int End, int ContentStart, int ContentEnd)
{
    public bool Contains(int position) => position >= ContentStart && position < ContentEnd;
}
