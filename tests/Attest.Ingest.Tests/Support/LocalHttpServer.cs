using System.Net;
using System.Net.Sockets;

namespace Attest.Ingest.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 and a free port, serving fixed responses by path; unknown paths answer 404.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, Route> routes = new(StringComparer.Ordinal);
    private readonly Task loop;

    public LocalHttpServer()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    private int inFlight;
    private int maxInFlight;

    public int Port { get; }

    /// <summary>The most requests this server was answering at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public LocalHttpServer Serve(string path, string contentType, byte[] body, int status = 200, TimeSpan delay = default, bool breakOff = false)
    {
        lock (routes)
        {
            routes[path] = new Route(status, contentType, body, delay, breakOff);
        }

        return this;
    }

    public LocalHttpServer Serve(string path, string contentType, string body, int status = 200, TimeSpan delay = default) =>
        Serve(path, contentType, System.Text.Encoding.UTF8.GetBytes(body), status, delay);

    /// <summary>A loopback port nothing listens on, for connection-refused tests.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Route route;
            lock (routes)
            {
                route = routes.TryGetValue(context.Request.Url!.AbsolutePath, out var found) ? found : new Route(404, "text/plain", "not here"u8.ToArray());
            }

            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }

            _ = Task.Run(async () =>
            {
                await RespondAsync(context, route);
                Interlocked.Decrement(ref inFlight);
            });
        }
    }

    private static async Task RespondAsync(HttpListenerContext context, Route route)
    {
        try
        {
            await Task.Delay(route.Delay);
            context.Response.StatusCode = route.Status;
            context.Response.ContentType = route.ContentType;

            // Breaking off: promise more bytes than are sent, then drop the connection.
            context.Response.ContentLength64 = route.BreakOff ? route.Body.Length * 2L + 1 : route.Body.Length;
            await context.Response.OutputStream.WriteAsync(route.Body);
            if (route.BreakOff)
            {
                await context.Response.OutputStream.FlushAsync();
                context.Response.Abort();
                return;
            }

            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up first (a timeout test); nothing to answer.
        }
    }

    private sealed record Route(int Status, string ContentType, byte[] Body, TimeSpan Delay = default, bool BreakOff = false);

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
