using System.Net;
using Attest.Store.Reviews;
using OpenQA.Selenium;

namespace Attest.Web.Tests.Browser;

/// <summary>
/// Every internal link on each main page answers 200, as a signed-in analyst follows it. With ATTEST_SCREENSHOTS set to a folder,
/// the test also saves a screenshot of each page there (how docs/screenshots/ is made).
/// </summary>
public sealed class PageLinksTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Every_internal_link_on_each_main_page_answers_200()
    {
        var incident = AddIncident();
        browser.SignIn(WebWorkspace.AnalystName);
        var page = browser.Page;
        using var http = SignedInClient();
        var checkedLinks = new HashSet<string>(StringComparer.Ordinal);
        var broken = new List<string>();

        var pages = new List<(string Name, string Path)>
        {
            ("overview", "/"), ("sources", "/sources"), ("search", "/search?q=Valley"), ("claims", "/claims"), ("events", "/events"),
            ("entities", "/entities"), ("timeline", "/timeline"), ("map", "/map"), ("incidents", "/incidents"),
            ("incident", "/incidents/" + incident), ("review-queue", "/review"),
        };
        // The pages one click further: a source, a claim, an event and a knowledge record, as a reader reaches them.
        pages.Insert(2, ("source", FirstLink(page, "/sources", "tbody a[href^='/sources/']")));
        pages.Insert(5, ("claim", FirstLink(page, "/claims", "tbody td:nth-child(3) a")));
        pages.Insert(7, ("event", FirstLink(page, "/events", "tbody td:nth-child(5) a")));
        page.Navigate().GoToUrl(browser.Address + "/entities?q=Valdoria"); // one record fits, so the search opens it
        pages.Insert(9, ("entity-record", new Uri(page.Url).PathAndQuery));

        foreach (var (name, path) in pages)
        {
            page.Navigate().GoToUrl(browser.Address + path);
            Assert.DoesNotContain("/login", page.Url);
            Screenshot(name);
            var links = page.FindElements(By.CssSelector("a[href]")).Select(a => a.GetAttribute("href")).OfType<string>()
                .Where(href => href.StartsWith(browser.Address + "/", StringComparison.Ordinal) && !href.Contains('#'))
                .Distinct().Where(checkedLinks.Add).ToList();
            foreach (var link in links)
            {
                var status = (await http.GetAsync(link)).StatusCode;
                if (status != HttpStatusCode.OK)
                {
                    broken.Add($"{path} → {link}: {(int)status}");
                }
            }
        }

        Assert.True(checkedLinks.Count > 50, $"only {checkedLinks.Count} links found");
        Assert.Empty(broken);
    }

    private string FirstLink(IWebDriver page, string path, string selector)
    {
        page.Navigate().GoToUrl(browser.Address + path);
        return new Uri(page.FindElement(By.CssSelector(selector)).GetAttribute("href")!).PathAndQuery;
    }

    private string AddIncident()
    {
        using var open = browser.Workspace.Open();
        var source = open.Store.Sources.List()[0].Id;
        return open.Store.Incidents.Add(new Incident("", new DateOnly(2019, 8, 9), "Sarn Valley", "unknown", "two farmers", 2, "injury",
            source, null, null, "", DateTimeOffset.MinValue), "test-setup").Id;
    }

    // The browser's session cookie in a plain HTTP client: checking hundreds of links is quicker than visiting each.
    private HttpClient SignedInClient()
    {
        var cookie = browser.Page.Manage().Cookies.GetCookieNamed("attest.session")
            ?? throw new InvalidOperationException("the browser holds no session cookie");
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = true });
        client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        return client;
    }

    private void Screenshot(string name)
    {
        if (Environment.GetEnvironmentVariable("ATTEST_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            ((ITakesScreenshot)browser.Page).GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
        }
    }
}
