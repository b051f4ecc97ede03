using Attest.Core.Sources;

namespace Attest.Ingest.Tests.Support;

/// <summary>Runs the default capture over an input and collects every result, so tests can look at the whole batch.</summary>
internal static class Capture
{
    public static readonly SourceCapture Default = new SourceCaptureBuilder().UseDefaultReaders().Build();

    public static async Task<IReadOnlyList<CaptureResult>> AllAsync(string input, CaptureOptions? options = null)
    {
        var results = new List<CaptureResult>();
        await foreach (var result in Default.CaptureAsync(input, options ?? CaptureOptions.Default))
        {
            results.Add(result);
        }

        return results;
    }

    public static async Task<CapturedSource> OneSourceAsync(string input, CaptureOptions? options = null)
    {
        var results = await AllAsync(input, options);
        var result = Assert.Single(results);
        Assert.True(result.Source is not null, $"expected a source, got failure: {result.Failure}");
        return result.Source;
    }

    public static async Task<CaptureFailure> OneFailureAsync(string input, CaptureOptions? options = null)
    {
        var results = await AllAsync(input, options);
        var result = Assert.Single(results);
        Assert.True(result.Failure is not null, $"expected a failure, got source: {result.Source?.Metadata}");
        return result.Failure;
    }
}
