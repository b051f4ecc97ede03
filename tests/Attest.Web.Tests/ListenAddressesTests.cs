namespace Attest.Web.Tests;

public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://0.0.0.0:5443")]
    [InlineData("http://127.0.0.1:5080;https://attest.example.org")]
    public void Loopback_and_tls_addresses_are_allowed(string urls) => Assert.Null(ListenAddresses.Problem(urls, allowRemote: false));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://127.0.0.1:5080;http://attest.example.org")]
    public void Plain_http_beyond_loopback_is_refused_and_says_what_to_do(string urls)
    {
        var problem = ListenAddresses.Problem(urls, allowRemote: false);

        Assert.NotNull(problem);
        Assert.Contains("without TLS", problem);
        Assert.Contains("--allow-remote", problem);
    }

    [Fact]
    public void Allow_remote_lets_plain_http_through_for_a_tls_proxy_in_front() =>
        Assert.Null(ListenAddresses.Problem("http://0.0.0.0:5080", allowRemote: true));
}
