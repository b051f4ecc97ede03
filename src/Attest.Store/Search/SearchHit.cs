namespace Attest.Store.Search;

/// <summary>One ranked search result; the snippet marks matched words between <see cref="MarkStart"/> and <see cref="MarkEnd"/>.</summary>
public sealed record SearchHit(string SourceId, string? Title, string? Outlet, DateOnly? Published, string Origin, double Rank, string Snippet)
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    /// <summary>The snippet with the marks replaced, e.g. by <c>**</c> for plain text or markup tags for a terminal.</summary>
    public string SnippetWith(string open, string close, Func<string, string>? escape = null)
    {
        var text = escape is null ? Snippet : escape(Snippet);
        return text.Replace(MarkStart.ToString(), open, StringComparison.Ordinal).Replace(MarkEnd.ToString(), close, StringComparison.Ordinal);
    }
}
