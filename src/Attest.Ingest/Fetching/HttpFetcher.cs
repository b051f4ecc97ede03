using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Attest.Ingest.Reading;

namespace Attest.Ingest.Fetching;

/// <summary>Downloads one URL within the size limit and time allowed, turning every network or HTTP failure into a one-line reason.</summary>
internal static class HttpFetcher
{
    private static readonly Lazy<HttpClient> SharedClient = new(CreateClient);

    public static async Task<RawInput> FetchAsync(string origin, Uri url, CaptureOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var client = options.Http ?? SharedClient.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.EffectiveFetchTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var phrase = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase;
                throw new UnreadableSourceException($"HTTP {(int)response.StatusCode} {phrase}");
            }

            var length = response.Content.Headers.ContentLength;
            if (length > options.MaxBytes)
            {
                throw new UnreadableSourceException(SizeText.OverLimit(length.Value, options.MaxBytes));
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            var bytes = await BoundedRead.ReadAsync(body, options.MaxBytes, timeout.Token).ConfigureAwait(false);
            var contentType = response.Content.Headers.ContentType;
            return new RawInput(
                origin,
                bytes,
                clock.GetUtcNow(),
                contentType?.MediaType,
                Charset(contentType),
                response.RequestMessage?.RequestUri ?? url);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = Math.Max(1, (int)Math.Round(options.EffectiveFetchTimeout.TotalSeconds));
            throw new UnreadableSourceException($"did not answer within {seconds} second{(seconds == 1 ? "" : "s")}");
        }
        catch (HttpRequestException ex)
        {
            throw new UnreadableSourceException(Describe(ex), ex);
        }
        catch (IOException ex)
        {
            // The connection broke while the body was arriving (HttpIOException and its kin).
            throw new UnreadableSourceException($"could not be fetched: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // A client configured with a base address or handler that refuses this request.
            throw new UnreadableSourceException($"could not be fetched: {ex.Message}", ex);
        }
    }

    private static string? Charset(MediaTypeHeaderValue? contentType) =>
        string.IsNullOrWhiteSpace(contentType?.CharSet) ? null : contentType.CharSet.Trim('"', '\'', ' ');

    private static string Describe(HttpRequestException ex)
    {
        var socket = ex.InnerException as SocketException ?? ex.InnerException?.InnerException as SocketException;
        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "could not be reached: host not found (DNS lookup failed)",
            HttpRequestError.ConnectionError when socket is not null => $"could not be reached: {socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostUnreachable or SocketError.NetworkUnreachable => "no route to host",
                SocketError.TimedOut => "connection timed out",
                SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "host not found (DNS lookup failed)",
                _ => socket.Message,
            }}",
            HttpRequestError.SecureConnectionError => "could not be reached: the TLS connection failed",
            _ => $"could not be fetched: {ex.Message}",
        };
    }

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Attest/1.0 (source capture for documentation)");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,*/*;q=0.8");
        return client;
    }
}
