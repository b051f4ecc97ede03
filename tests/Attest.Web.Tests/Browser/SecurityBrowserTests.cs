using Attest.Store.Providers;
using Attest.Web.Accounts;
using OpenQA.Selenium;

namespace Attest.Web.Tests.Browser;

/// <summary>The security fixes as a real browser meets them: a stored script address stays inert, a demoted user is stopped at once.</summary>
public sealed class SecurityBrowserTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Payload = "javascript:document.title='pwned';alert(document.cookie)";

    [Fact]
    public void A_javascript_url_stored_directly_in_the_store_is_shown_as_text_and_runs_nothing()
    {
        var id = StoreUrlOnFirstSource(Payload);
        browser.SignIn(WebWorkspace.AdminName);
        var page = browser.Page;

        page.Navigate().GoToUrl($"{browser.Address}/sources/{id}");

        Assert.Empty(page.FindElements(By.CssSelector("a[href^='javascript' i]")));
        var shown = page.FindElement(By.CssSelector(".unlinked"));
        Assert.Equal(Payload, shown.Text);
        shown.Click();
        Assert.NotEqual("pwned", page.Title);
        Assert.Throws<NoAlertPresentException>(() => page.SwitchTo().Alert());
    }

    [Fact]
    public void The_content_security_policy_stops_an_inline_script_that_reaches_the_page()
    {
        browser.SignIn(WebWorkspace.ViewerName);
        var page = browser.Page;
        page.Navigate().GoToUrl(browser.Address + "/sources");

        ((IJavaScriptExecutor)page).ExecuteScript(
            "const s = document.createElement('script'); s.textContent = \"document.title = 'pwned'\"; document.body.appendChild(s);");

        Assert.NotEqual("pwned", page.Title);
    }

    [Fact]
    public void A_demoted_analyst_loses_the_review_queue_on_the_next_request()
    {
        const string name = "demoted-ana";
        using (var open = browser.Workspace.Open())
        {
            open.Store.Accounts.Add(name, "analyst", PasswordHashing.Hash(WebWorkspace.Password), "test-setup");
        }

        browser.SignIn(name);
        var page = browser.Page;
        page.Navigate().GoToUrl(browser.Address + "/review");
        Assert.StartsWith("Review queue", page.FindElement(By.TagName("h1")).Text);

        using (var open = browser.Workspace.Open())
        {
            open.Store.Accounts.SetRole(name, "viewer", WebWorkspace.AdminName);
        }

        page.Navigate().GoToUrl(browser.Address + "/review");
        Assert.Contains("/login", page.Url);
        Assert.StartsWith("Sign in", page.FindElement(By.TagName("h1")).Text);
    }

    private string StoreUrlOnFirstSource(string url)
    {
        using var open = browser.Workspace.Open();
        var id = open.Store.Sources.List()[0].Id;
        using var connection = open.Store.Provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE sources SET url = @url WHERE id = @id";
        command.AddParameter("url", url).AddParameter("id", id);
        command.ExecuteNonQuery();
        return id;
    }
}
