using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Attest.Web.Tests.Browser;

/// <summary>The operating system's Chromium driven headless through its chromedriver (no browser download), saving screenshots.</summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string Executable = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public HeadlessChromium(string screenshots)
    {
        Screenshots = screenshots;
        Directory.CreateDirectory(screenshots);
        var options = new ChromeOptions { BinaryLocation = Executable };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
            "--disable-dev-shm-usage", "--window-size=1400,1600", "--lang=en-GB");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Page = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Page.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public string Screenshots { get; }

    public IWebDriver Page { get; }

    /// <summary>Saves what the browser shows as NAME.png and returns the file's path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        ((ITakesScreenshot)Page).GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose() => Page.Quit();
}
