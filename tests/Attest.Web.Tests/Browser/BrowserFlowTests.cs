using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace Attest.Web.Tests.Browser;

/// <summary>
/// The done-means flow in a real headless Chromium against the app on a loopback port: sign in, search, find the claims
/// made by anonymous sources, correct one speaker with a reason, and see the change in the claim's history; a screenshot of each
/// main page goes to TestResults/screenshots/ at the repository root.
/// </summary>
public sealed class BrowserFlowTests(WebWorkspace workspace, ITestOutputHelper output) : IClassFixture<WebWorkspace>
{
    private static readonly string ScreenshotFolder = Path.Combine(Repository.Root, "TestResults", "screenshots");

    [Fact]
    public async Task Analyst_finds_anonymous_claims_corrects_a_speaker_and_sees_it_in_the_history()
    {
        await using var app = await RunningApp.Start(workspace.Root);
        using var chromium = new HeadlessChromium(ScreenshotFolder);
        var page = chromium.Page;
        output.WriteLine($"screenshots: {ScreenshotFolder}");
        Console.WriteLine($"Attest.Web.Tests: screenshots in {ScreenshotFolder}");

        page.Navigate().GoToUrl(app.Address + "/claims");
        Assert.EndsWith("/login?ReturnUrl=%2Fclaims", page.Url);
        chromium.Screenshot("01-login");
        SignIn(page, WebWorkspace.AnalystName);
        Assert.EndsWith("/claims", page.Url);

        page.Navigate().GoToUrl(app.Address + "/");
        chromium.Screenshot("02-overview");
        page.FindElement(By.Id("q")).SendKeys("Kashmir" + Keys.Enter);
        Wait(page).Until(p => p.FindElements(By.CssSelector("li.hit")).Count > 0);
        Assert.NotEmpty(page.FindElements(By.CssSelector(".facets section")));
        chromium.Screenshot("03-search");

        page.Navigate().GoToUrl(app.Address + "/");
        page.FindElement(By.LinkText("Claims made by anonymous sources")).Click();
        var speakers = page.FindElements(By.CssSelector("tbody tr td:nth-child(2) .pill"));
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Equal("anonymous", s.Text));
        chromium.Screenshot("04-claims-anonymous");

        page.FindElement(By.CssSelector("tbody tr td:nth-child(3) a")).Click();
        Assert.Contains("machine-extracted", page.FindElement(By.TagName("h1")).Text);
        chromium.Screenshot("05-claim");
        page.FindElement(By.CssSelector("#SpeakerKind option[value=organization]")).Click();
        var name = page.FindElement(By.Id("SpeakerName"));
        name.Clear();
        name.SendKeys("Valdor Ministry of Defence");
        page.FindElement(By.Id("Reason")).SendKeys("The following sentence attributes the statement to the ministry.");
        page.FindElement(By.CssSelector("button[value=corrected]")).Click();

        Assert.Contains("Saved: corrected", page.FindElement(By.CssSelector("[role=status]")).Text);
        Assert.Contains("Valdor Ministry of Defence", page.FindElement(By.Id("speaker")).Text);
        var history = page.FindElement(By.CssSelector("tr.history-entry")).Text;
        Assert.Contains(WebWorkspace.AnalystName, history);
        Assert.Contains("review.claim.corrected", history);
        Assert.Contains("The following sentence attributes the statement to the ministry.", history);
        Assert.Contains("→ Valdor Ministry of Defence (organization)", history);
        Assert.Contains(page.FindElement(By.CssSelector("#corroboration strong.status")).Text, Attest.Web.Pages.SearchModel.Statuses);
        chromium.Screenshot("06-claim-corrected-history");

        // The other main pages, each checked for its heading so a broken page fails the test rather than saving an error screenshot.
        page.FindElement(By.CssSelector("a[href^='/sources/']")).Click();
        Assert.NotEmpty(page.FindElements(By.CssSelector("#doc .claim")));
        chromium.Screenshot("07-source");
        Visit(chromium, app, "/sources", "Sources", "08-sources");
        Visit(chromium, app, "/events", "Events", "09-events");
        Visit(chromium, app, "/timeline", "Timeline of events", "10-timeline");
        Visit(chromium, app, "/map", "Map of events", "15-map");
        Assert.NotEmpty(page.FindElements(By.CssSelector("figure svg rect")));
        Visit(chromium, app, "/entities", "Entities", "11-entities");
        page.FindElement(By.CssSelector("tbody tr td a")).Click();
        chromium.Screenshot("12-entity");
        Visit(chromium, app, "/incidents/new", "Enter an incident", "13-incident-entry");

        Visit(chromium, app, "/review", "Review queue", "14-review-queue");
        var first = page.FindElement(By.CssSelector("tr.item code")).Text;
        page.FindElement(By.TagName("body")).SendKeys("c");
        Wait(page).Until(p => p.FindElements(By.CssSelector("[role=status]")).Count > 0);
        Assert.Contains($"{first}: confirmed", page.FindElement(By.CssSelector("[role=status]")).Text);
        // The decision redirected: reloading the page shows the queue again and decides nothing a second time.
        Assert.Contains("/review?kind=claim", page.Url);
        page.Navigate().Refresh();
        // Compared code by code: "…/c1" is a prefix of "…/c10".
        Assert.DoesNotContain(first, page.FindElements(By.CssSelector("table.queue tr.item code")).Select(code => code.Text));
    }

    private static void SignIn(IWebDriver page, string user)
    {
        page.FindElement(By.Id("name")).SendKeys(user);
        page.FindElement(By.Id("password")).SendKeys(WebWorkspace.Password + Keys.Enter);
        Wait(page).Until(p => !p.Url.Contains("/login", StringComparison.Ordinal));
    }

    private static void Visit(HeadlessChromium chromium, RunningApp app, string path, string heading, string screenshot)
    {
        chromium.Page.Navigate().GoToUrl(app.Address + path);
        Assert.StartsWith(heading, chromium.Page.FindElement(By.TagName("h1")).Text);
        chromium.Screenshot(screenshot);
    }

    private static WebDriverWait Wait(IWebDriver page) => new(page, TimeSpan.FromSeconds(15));
}
