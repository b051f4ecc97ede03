namespace Attest.Cli.Tests.Commands;

/// <summary>The README's first command: <c>attest demo</c> builds a searchable workspace from the fictional samples.</summary>
public sealed class DemoTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Demo_ingests_the_fictional_samples_searches_and_verifies()
    {
        var run = CliRun.In(folder.Path, "demo", folder.Combine("demo"), "--no-serve");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.True(Directory.Exists(folder.Combine("demo", ".attest")));
        Assert.Contains("added", run.Out);
        Assert.Contains("fictional", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"[1-9]\d* hit\(s\)", run.Out);
        Assert.Contains("OK:", run.Out);
        Assert.Matches(@"Web application user: demo\s+password: \S{10,}", run.Out);
    }

    [Fact]
    public async Task Demo_serves_the_web_application_and_its_printed_user_can_sign_in()
    {
        using var demo = CliRun.Start(folder.Path, null, "demo", folder.Combine("demo"), "--port", "0");
        try
        {
            var lines = new List<string>();
            string? url = null;
            while (url is null && await demo.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(3)) is { } line)
            {
                lines.Add(line);
                url = System.Text.RegularExpressions.Regex.Match(line, @"at (http://127\.0\.0\.1:\d+)/").Groups[1].Value is { Length: > 0 } u ? u : null;
            }

            Assert.True(url is not null, string.Join('\n', lines));
            using var http = new HttpClient();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(url + "/healthz")).StatusCode);
            Assert.Contains("Sign in", await http.GetStringAsync(url + "/login"));
            Assert.Contains(lines, l => l.StartsWith("Web application user: demo", StringComparison.Ordinal));
        }
        finally
        {
            demo.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void Running_the_demo_twice_adds_nothing_the_second_time()
    {
        CliRun.In(folder.Path, "demo", folder.Combine("demo"), "--no-serve");

        var again = CliRun.In(folder.Path, "demo", folder.Combine("demo"), "--no-serve");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(" 0 added", " " + again.Error);
    }

    public void Dispose() => folder.Dispose();
}
