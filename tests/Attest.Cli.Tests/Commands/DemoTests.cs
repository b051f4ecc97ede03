namespace Attest.Cli.Tests.Commands;

/// <summary>The README's first command: <c>attest demo</c> builds a searchable workspace from the fictional samples.</summary>
public sealed class DemoTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Demo_ingests_the_fictional_samples_searches_and_verifies()
    {
        var run = CliRun.In(folder.Path, "demo", folder.Combine("demo"));

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.True(Directory.Exists(folder.Combine("demo", ".attest")));
        Assert.Contains("added", run.Out);
        Assert.Contains("fictional", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"[1-9]\d* hit\(s\)", run.Out);
        Assert.Contains("OK:", run.Out);
    }

    [Fact]
    public void Running_the_demo_twice_adds_nothing_the_second_time()
    {
        CliRun.In(folder.Path, "demo", folder.Combine("demo"));

        var again = CliRun.In(folder.Path, "demo", folder.Combine("demo"));

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(" 0 added", " " + again.Error);
    }

    public void Dispose() => folder.Dispose();
}
