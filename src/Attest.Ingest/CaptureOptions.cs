namespace Attest.Ingest;

/// <summary>How one <c>attest add</c> captures its inputs: metadata to fill in, the size limit, and where HTTP and stdin come from.</summary>
/// <param name="Published">Publication date for inputs that carry none (plain text, DOCX without a created date…).</param>
/// <param name="Outlet">Outlet for inputs that name none.</param>
/// <param name="Author">Author for inputs that name none.</param>
/// <param name="Url">URL for inputs that have none (local files, stdin).</param>
/// <param name="MaxBytes">Inputs larger than this are refused, before they are read whole.</param>
/// <param name="Http">Client for URLs and feed links; a shared default client is used when null.</param>
/// <param name="Stdin">The stream read for the input <c>-</c>; the process's standard input when null.</param>
/// <param name="FetchLinkedPages">Whether a feed item's linked page is fetched (falling back to the item's own text).</param>
/// <param name="FetchTimeout">Time allowed for one HTTP fetch; 30 seconds when null.</param>
public sealed record CaptureOptions(
    DateOnly? Published = null,
    string? Outlet = null,
    string? Author = null,
    string? Url = null,
    long MaxBytes = CaptureOptions.DefaultMaxBytes,
    HttpClient? Http = null,
    Stream? Stdin = null,
    bool FetchLinkedPages = true,
    TimeSpan? FetchTimeout = null)
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>Defaults: no metadata to fill, 50 MB limit, the shared HTTP client, the process's stdin.</summary>
    public static CaptureOptions Default { get; } = new();

    internal TimeSpan EffectiveFetchTimeout => FetchTimeout ?? TimeSpan.FromSeconds(30);
}
