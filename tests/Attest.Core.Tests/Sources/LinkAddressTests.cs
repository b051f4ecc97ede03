using Attest.Core.Sources;

namespace Attest.Core.Tests.Sources;

public sealed class LinkAddressTests
{
    [Theory]
    [InlineData("https://example.org/a?b=c")]
    [InlineData("http://example.org")]
    [InlineData(" HTTPS://Example.org/x ")]
    public void Http_and_https_addresses_are_linkable(string address) => Assert.True(LinkAddress.IsLinkable(address));

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///home/analyst/notes.md")]
    [InlineData("//evil.example/x")]
    [InlineData("/sources/abc")]
    [InlineData("")]
    public void Anything_else_is_not_and_says_why(string address)
    {
        Assert.False(LinkAddress.IsLinkable(address));
        Assert.NotNull(LinkAddress.Problem(address));
    }

    [Fact]
    public void An_absent_address_is_no_problem() => Assert.Null(LinkAddress.Problem(null));
}
