namespace Attest.Ingest.Reading;

/// <summary>The bytes of one input as obtained (file, stdin or HTTP), with what the transport said about them.</summary>
/// <param name="Origin">The path or URL as the user gave it; names the input in every failure.</param>
/// <param name="ContentType">The HTTP Content-Type media type, when fetched.</param>
/// <param name="Charset">The HTTP Content-Type charset, when fetched and declared.</param>
/// <param name="Url">The address the bytes finally came from (after redirects), when fetched.</param>
internal sealed record RawInput(
    string Origin,
    ReadOnlyMemory<byte> Bytes,
    DateTimeOffset FetchedAt,
    string? ContentType = null,
    string? Charset = null,
    Uri? Url = null)
{
    /// <summary>The file extension of the path or URL path, lower-case with its dot, or empty.</summary>
    public string Extension
    {
        get
        {
            var path = Url?.AbsolutePath ?? Origin;
            return Path.GetExtension(path).ToLowerInvariant();
        }
    }
}
