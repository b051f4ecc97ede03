using System.Diagnostics;

namespace Attest.Reports.Tests.Support;

/// <summary>Runs the real <c>attest</c> program as a separate process, the way a user does, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "Attest.Cli.dll");

    public static CliRun In(string folder, params string[] args) => InWith(folder, null, args);

    public static CliRun InWith(string folder, IDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Start(folder, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"attest {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(string folder, IDictionary<string, string?>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Tests must not pick up a developer's server or name.
        info.Environment.Remove("ATTEST_DATABASE");
        info.Environment["ATTEST_USER"] = "test-runner";
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info)!;
    }
}
