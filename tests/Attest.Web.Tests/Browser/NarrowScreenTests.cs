using System.Drawing;

namespace Attest.Web.Tests.Browser;

/// <summary>On a phone-wide window (400 px) the review queue fits: nothing sticks out sideways, so no page scrolls horizontally.</summary>
public sealed class NarrowScreenTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("/review?kind=claim&state=open")]
    [InlineData("/review?kind=event&state=open")]
    public void The_review_queue_has_no_horizontal_overflow_at_400_px(string path)
    {
        browser.SignIn(WebWorkspace.AnalystName);
        var page = browser.Page;
        page.Manage().Window.Size = new Size(400, 900);
        page.Navigate().GoToUrl(browser.Address + path);

        var widths = (IReadOnlyCollection<object>)((OpenQA.Selenium.IJavaScriptExecutor)page)
            .ExecuteScript("return [document.documentElement.scrollWidth, window.innerWidth, document.querySelectorAll('tr.item').length];")!;
        var (scrollWidth, innerWidth, rows) = (Convert.ToInt64(widths.ElementAt(0)), Convert.ToInt64(widths.ElementAt(1)), Convert.ToInt64(widths.ElementAt(2)));
        browser.Chromium.Screenshot("review-queue-narrow-" + (path.Contains("event", StringComparison.Ordinal) ? "events" : "claims"));

        Assert.True(rows > 0, "the queue shows no items, so the layout was not tried");
        Assert.True(innerWidth <= 420, $"the window is {innerWidth} px wide, not narrow");
        Assert.True(scrollWidth <= innerWidth, $"the page is {scrollWidth} px wide in a {innerWidth} px window");
    }
}
