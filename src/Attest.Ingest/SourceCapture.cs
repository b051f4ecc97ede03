using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Attest.Core.Sources;
using Attest.Ingest.Feeds;
using Attest.Ingest.Fetching;
using Attest.Ingest.Html;
using Attest.Ingest.Languages;
using Attest.Ingest.Readers;
using Attest.Ingest.Reading;

namespace Attest.Ingest;

/// <summary>Captures inputs — files, folders, URLs, RSS/Atom feeds, stdin — as sources with their original bytes, text and metadata.</summary>
/// <remarks>Immutable and safe to share between threads. A bad input becomes one failed result naming it; nothing is thrown
/// for it, and the rest of a folder or feed goes on.</remarks>
public sealed class SourceCapture
{
    /// <summary>The input that means "read standard input".</summary>
    public const string StdinInput = "-";

    private const string StdinOrigin = "stdin";
    private const int MaxConcurrentFetches = 4;

    private readonly FrozenDictionary<ContentKind, ISourceReader> readers;
    private readonly TimeProvider clock;

    internal SourceCapture(IReadOnlyDictionary<ContentKind, ISourceReader> readers, TimeProvider clock)
    {
        this.readers = readers.ToFrozenDictionary();
        this.clock = clock;
    }

    /// <summary>Captures one input; a folder or a feed yields one result per file or item, in a stable order.</summary>
    /// <param name="input">A file or folder path, an http(s) URL, or <c>-</c> for standard input.</param>
    public async IAsyncEnumerable<CaptureResult> CaptureAsync(
        string input, CaptureOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= CaptureOptions.Default;

        IAsyncEnumerable<CaptureResult> results;
        if (input == StdinInput)
        {
            results = FromStdinAsync(options, cancellationToken);
        }
        else if (AsHttpUrl(input) is { } url)
        {
            results = FromUrlAsync(input, url, options, cancellationToken);
        }
        else if (Directory.Exists(input))
        {
            results = FromFolderAsync(input, options, cancellationToken);
        }
        else if (File.Exists(input))
        {
            results = FromFileAsync(input, options, cancellationToken);
        }
        else if (AsFileUrl(input) is { } local)
        {
            results = Directory.Exists(local) ? FromFolderAsync(local, options, cancellationToken)
                : File.Exists(local) ? FromFileAsync(local, options, cancellationToken)
                : One(CaptureResult.Failed(input, "no such file or folder"));
        }
        else if (input.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(input, UriKind.Absolute, out var other))
        {
            results = One(CaptureResult.Failed(input, $"uses the {other.Scheme}: scheme; only http and https addresses are fetched"));
        }
        else
        {
            results = One(CaptureResult.Failed(input, "no such file or folder"));
        }

        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private async IAsyncEnumerable<CaptureResult> FromFolderAsync(
        string folder, CaptureOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IReadOnlyList<string> files;
        string? failure = null;
        try
        {
            files = FolderWalk.Files(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files = [];
            failure = $"cannot be listed: {ex.Message}";
        }

        if (failure is null && files.Count == 0)
        {
            failure = "is a folder with no files to read (hidden entries are skipped)";
        }

        if (failure is not null)
        {
            yield return CaptureResult.Failed(folder, failure);
            yield break;
        }

        foreach (var file in files)
        {
            await foreach (var result in FromFileAsync(file, options, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    private async IAsyncEnumerable<CaptureResult> FromFileAsync(
        string path, CaptureOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RawInput? raw = null;
        string? failure = null;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxBytes)
            {
                failure = SizeText.OverLimit(length, options.MaxBytes);
            }
            else
            {
                // Read with a bound, not by the reported length: devices and /proc files report 0 and never end.
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                var bytes = await BoundedRead.ReadAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
                raw = new RawInput(path, bytes, clock.GetUtcNow());
            }
        }
        catch (UnreadableSourceException ex)
        {
            failure = ex.Message;
        }
        catch (UnauthorizedAccessException)
        {
            failure = "cannot be read: permission denied";
        }
        catch (IOException ex)
        {
            failure = $"cannot be read: {ex.Message}";
        }

        var results = raw is null ? One(CaptureResult.Failed(path, failure!)) : FromBytesAsync(raw, options, cancellationToken);
        await foreach (var result in results.ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private async IAsyncEnumerable<CaptureResult> FromStdinAsync(CaptureOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RawInput? raw = null;
        string? failure = null;
        try
        {
            var stream = options.Stdin ?? Console.OpenStandardInput();
            raw = new RawInput(StdinOrigin, await BoundedRead.ReadAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false), clock.GetUtcNow());
        }
        catch (UnreadableSourceException ex)
        {
            failure = ex.Message;
        }
        catch (IOException ex)
        {
            failure = $"cannot be read: {ex.Message}";
        }

        var results = raw is null ? One(CaptureResult.Failed(StdinOrigin, failure!)) : FromBytesAsync(raw, options, cancellationToken);
        await foreach (var result in results.ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private async IAsyncEnumerable<CaptureResult> FromUrlAsync(
        string input, Uri url, CaptureOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RawInput? raw = null;
        string? failure = null;
        try
        {
            raw = await HttpFetcher.FetchAsync(input, url, options, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (UnreadableSourceException ex)
        {
            failure = ex.Message;
        }

        var results = raw is null ? One(CaptureResult.Failed(input, failure!)) : FromBytesAsync(raw, options, cancellationToken);
        await foreach (var result in results.ConfigureAwait(false))
        {
            yield return result;
        }
    }

    /// <summary>Turns obtained bytes into sources: one for a document, one per item for a feed.</summary>
    private async IAsyncEnumerable<CaptureResult> FromBytesAsync(
        RawInput raw, CaptureOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (raw.Bytes.IsEmpty)
        {
            yield return CaptureResult.Failed(raw.Origin, "is empty");
            yield break;
        }

        var (kind, binary) = ContentSniffer.Sniff(raw);
        if (kind == ContentKind.Binary)
        {
            yield return CaptureResult.Failed(raw.Origin, $"is {binary}");
            yield break;
        }

        if (kind != ContentKind.Feed)
        {
            yield return Guard(raw.Origin, () => FromDocument(raw, kind, options, fallback: null));
            yield break;
        }

        Feed? feed = null;
        string? failure;
        try
        {
            feed = FeedParser.Parse(raw.Bytes);
            failure = feed.Items.Count == 0 ? "is a feed with no items" : null;
        }
        catch (UnreadableSourceException ex)
        {
            failure = ex.Message;
        }

        if (feed is null || failure is not null)
        {
            yield return CaptureResult.Failed(raw.Origin, failure!);
            yield break;
        }

        // Linked pages are fetched a few at a time, since most of the wait is the network; results keep the feed's order.
        using var gate = new SemaphoreSlim(MaxConcurrentFetches);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = feed.Items.Select(async item =>
        {
            await gate.WaitAsync(abandon.Token).ConfigureAwait(false);
            try
            {
                return await FromFeedItemAsync(raw, feed, item, options, abandon.Token).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();

        try
        {
            foreach (var item in pending)
            {
                yield return await item.ConfigureAwait(false);
            }
        }
        finally
        {
            // A caller that stops reading early must not leave fetches running behind it.
            await abandon.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(pending.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }
    }

    /// <summary>A feed item: its linked page when that can be fetched and read, otherwise the item's own text.</summary>
    private async Task<CaptureResult> FromFeedItemAsync(RawInput feedInput, Feed feed, FeedItem item, CaptureOptions options, CancellationToken cancellationToken)
    {
        var origin = item.Link ?? $"{feedInput.Origin}#item-{item.Number}";
        var fallback = new ReadDocument("", feed.ItemMediaType, item.Title, item.Author, feed.Title, item.Published);

        string? pageFailure = null;
        if (options.FetchLinkedPages && AsHttpUrl(item.Link) is { } link)
        {
            try
            {
                var page = await HttpFetcher.FetchAsync(item.Link!, link, options, clock, cancellationToken).ConfigureAwait(false);
                var (kind, binary) = ContentSniffer.Sniff(page);
                if (page.Bytes.IsEmpty || kind is ContentKind.Binary or ContentKind.Feed)
                {
                    throw new UnreadableSourceException(page.Bytes.IsEmpty ? "is empty" : kind == ContentKind.Feed ? "is a feed, not an article" : $"is {binary}");
                }

                var captured = Guard(page.Origin, () => FromDocument(page, kind, options, fallback));
                if (captured.Source is not null)
                {
                    return captured;
                }

                pageFailure = captured.Failure!.Reason;
            }
            catch (UnreadableSourceException ex)
            {
                pageFailure = ex.Message;
            }
        }

        return Guard(origin, () =>
        {
            var text = item.Html is null ? "" : BlockText.OfHtml(item.Html);
            if (string.IsNullOrWhiteSpace(text))
            {
                return CaptureResult.Failed(origin, pageFailure is null
                    ? "is a feed item with no text and no page to fetch"
                    : $"is a feed item with no text of its own, and its linked page {pageFailure}");
            }

            // The item's own XML is the original: it is what the feed published for this story.
            var itemInput = new RawInput(origin, Encoding.UTF8.GetBytes(item.Xml), feedInput.FetchedAt, Url: AsHttpUrl(item.Link));
            return Assemble(itemInput, fallback with { Text = text }, options, fallback: null);
        });
    }

    /// <summary>Reads a document with the reader for its format and assembles the source, filling gaps from the feed item and the options.</summary>
    private CaptureResult FromDocument(RawInput raw, ContentKind kind, CaptureOptions options, ReadDocument? fallback)
    {
        if (!readers.TryGetValue(kind, out var reader))
        {
            return CaptureResult.Failed(raw.Origin, $"is {kind} content, and no reader for it is configured");
        }

        return Assemble(raw, reader.Read(raw, kind), options, fallback);
    }

    private static CaptureResult Assemble(RawInput raw, ReadDocument document, CaptureOptions options, ReadDocument? fallback)
    {
        var text = document.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return CaptureResult.Failed(raw.Origin, "has no text after extraction");
        }

        var metadata = new SourceMetadata(
            Origin: raw.Origin,
            MediaType: document.MediaType,
            FetchedAt: raw.FetchedAt,
            Title: document.Title ?? fallback?.Title ?? PlainTextReader.FirstLine(text, markdown: false),
            Outlet: document.Outlet ?? fallback?.Outlet ?? options.Outlet ?? document.Site,
            Author: document.Author ?? fallback?.Author ?? options.Author,
            Published: document.Published ?? fallback?.Published ?? options.Published,
            Url: raw.Url?.ToString() ?? document.Url ?? options.Url,
            CanonicalUrl: document.CanonicalUrl,
            Language: LanguageIdentifier.Identify(text) ?? PrimaryLanguage(document.DeclaredLanguage));

        // A stored address becomes a link on the source's page, so only http(s) ones are kept; the input is refused, not altered.
        foreach (var (field, address) in new[] { ("url", metadata.Url), ("canonical url", metadata.CanonicalUrl) })
        {
            if (LinkAddress.Problem(address) is { } problem)
            {
                return CaptureResult.Failed(raw.Origin, $"{field} '{Shown(address!)}' {problem}");
            }
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(raw.Bytes.Span));
        return CaptureResult.Ok(new CapturedSource(sha256, raw.Bytes, text, metadata));
    }

    // Enough of a refused address to recognise it, without echoing a long payload into the log.
    private static string Shown(string address) => address.Length <= 60 ? address : address[..57] + "...";

    /// <summary>Runs one capture step, turning its failure — expected or not — into a result naming the input.</summary>
    private static CaptureResult Guard(string origin, Func<CaptureResult> capture)
    {
        try
        {
            return capture();
        }
        catch (UnreadableSourceException ex)
        {
            return CaptureResult.Failed(origin, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A library failing on a strange input must not stop the batch; the type tells a developer where to look.
            return CaptureResult.Failed(origin, $"could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static string? PrimaryLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static Uri? AsHttpUrl(string? input) =>
        input is not null && Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? AsFileUrl(string input) =>
        input.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.IsFile
            ? uri.LocalPath
            : null;

    private static async IAsyncEnumerable<CaptureResult> One(CaptureResult result)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return result;
    }
}
