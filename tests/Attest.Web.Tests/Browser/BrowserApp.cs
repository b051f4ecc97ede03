using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Attest.Web.Tests.Browser;

/// <summary>One workspace of the samples, the app serving it on a loopback port and one headless Chromium, shared by a test class.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private RunningApp? app;
    private HeadlessChromium? chromium;

    public WebWorkspace Workspace { get; } = WebWorkspace.SamplesOnly();

    public string Address => app!.Address;

    public HeadlessChromium Chromium => chromium!;

    public IWebDriver Page => Chromium.Page;

    public async Task InitializeAsync()
    {
        app = await RunningApp.Start(Workspace.Root);
        chromium = new HeadlessChromium(Path.Combine(Repository.Root, "TestResults", "screenshots"));
    }

    public async Task DisposeAsync()
    {
        chromium?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Workspace.Dispose();
    }

    /// <summary>Signs in afresh as <paramref name="user"/> (any earlier session's cookie is dropped first).</summary>
    public void SignIn(string user, string password = WebWorkspace.Password)
    {
        Page.Navigate().GoToUrl(Address + "/login");
        Page.Manage().Cookies.DeleteAllCookies();
        Page.Navigate().GoToUrl(Address + "/login");
        SignInHere(Page, user, password);
    }

    /// <summary>Fills in and sends the login form the browser shows.</summary>
    public static void SignInHere(IWebDriver page, string user, string password = WebWorkspace.Password)
    {
        page.FindElement(By.Id("name")).SendKeys(user);
        page.FindElement(By.Id("password")).SendKeys(password + Keys.Enter);
        Wait(page).Until(p => !p.Url.Contains("/login", StringComparison.Ordinal));
    }

    public static WebDriverWait Wait(IWebDriver page) => new(page, TimeSpan.FromSeconds(15));
}
