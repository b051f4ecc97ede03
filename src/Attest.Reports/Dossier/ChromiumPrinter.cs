using System.Diagnostics;

namespace Attest.Reports.Dossier;

/// <summary>Prints an HTML file to PDF with headless Chromium (Debian's <c>chromium</c>, or <c>ATTEST_CHROMIUM</c>), and takes screenshots of pages.</summary>
public static class ChromiumPrinter
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser to run, or null when none is installed.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("ATTEST_CHROMIUM") is { Length: > 0 } chosen ? chosen : Candidates.FirstOrDefault(File.Exists);

    public static void PrintToPdf(string htmlPath, string pdfPath, TimeSpan? timeout = null) =>
        Run(htmlPath, $"--print-to-pdf={pdfPath}", "--no-pdf-header-footer", timeout, pdfPath);

    /// <summary>A PNG of the page as a browser window of the given size shows it (the top of the page).</summary>
    public static void Screenshot(string htmlPath, string pngPath, int width = 1000, int height = 1400, TimeSpan? timeout = null) =>
        Run(htmlPath, $"--screenshot={pngPath}", $"--window-size={width},{height}", timeout, pngPath);

    private static void Run(string htmlPath, string action, string extra, TimeSpan? timeout, string output)
    {
        var browser = Executable ?? throw new InvalidOperationException(
            "No Chromium found (looked for /usr/bin/chromium; set ATTEST_CHROMIUM): install the Debian package chromium, or write .html instead.");
        var profile = Directory.CreateTempSubdirectory("attest-chromium-");
        try
        {
            var info = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                         "--disable-extensions", "--hide-scrollbars", $"--user-data-dir={profile.FullName}", action, extra,
                         new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
                     })
            {
                info.ArgumentList.Add(argument);
            }

            File.Delete(output);
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish {Path.GetFileName(output)} in time.");
            }

            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                throw new InvalidOperationException($"Chromium wrote no {Path.GetFileName(output)} (exit code {process.ExitCode}): {stderr.Result.Trim()}");
            }
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be closing its profile files; the temporary folder is cleaned by the system anyway.
            }
        }
    }
}
