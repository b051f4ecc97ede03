using Attest.Ingest.Tests.Support;

namespace Attest.Ingest.Tests;

/// <summary>Capture keeps only http(s) addresses, since a stored address becomes a link in the web app.</summary>
public sealed class LinkAddressCaptureTests
{
    [Fact]
    public async Task Front_matter_url_with_a_javascript_scheme_refuses_that_file_and_the_rest_of_the_folder_is_added()
    {
        using var folder = new TempFolder();
        folder.Write("evil.md", "---\ntitle: Harmless\nurl: javascript:fetch('/admin/users')\n---\nThe council met on Monday. (Fictional.)\n");
        folder.Write("fine.md", "---\ntitle: Fine\nurl: https://npa.example.invalid/fine\n---\nThe council met again on Tuesday. (Fictional.)\n");

        var results = await Capture.AllAsync(folder.Path);

        var failure = Assert.Single(results, r => r.Failure is not null).Failure!;
        Assert.EndsWith("evil.md", failure.Input);
        Assert.Equal("url 'javascript:fetch('/admin/users')' is not an http or https address (only those are kept as links)", failure.Reason);
        Assert.Equal("https://npa.example.invalid/fine", Assert.Single(results, r => r.Source is not null).Source!.Metadata.Url);
    }

    [Theory]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    public async Task A_url_given_for_inputs_without_one_must_be_http_or_https(string url)
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", "The council met on Monday. (Fictional.)\n");

        var failure = await Capture.OneFailureAsync(path, new CaptureOptions(Url: url));

        Assert.Contains("is not an http or https address", failure.Reason);
    }
}
