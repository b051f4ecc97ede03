using Attest.Web.Accounts;

namespace Attest.Web.Tests.Accounts;

public sealed class LoginThrottleTests
{
    [Fact]
    public void Failures_for_one_account_from_many_addresses_block_that_account_only()
    {
        using var throttle = new LoginThrottle(3);
        for (var i = 0; i < 3; i++)
        {
            throttle.RecordFailure("ada", "10.0.0." + i);
        }

        Assert.True(throttle.IsBlocked("Ada", "10.0.0.99"));
        Assert.False(throttle.IsBlocked("vic", "10.0.0.98"));
    }

    [Fact]
    public void Failures_from_one_address_over_many_accounts_block_that_address()
    {
        using var throttle = new LoginThrottle(3);
        foreach (var name in new[] { "a1", "a2", "a3" })
        {
            throttle.RecordFailure(name, "10.0.0.1");
        }

        Assert.True(throttle.IsBlocked("someone-else", "10.0.0.1"));
        Assert.False(throttle.IsBlocked("someone-else", "10.0.0.2"));
    }

    [Fact]
    public void Below_the_limit_nothing_is_blocked()
    {
        using var throttle = new LoginThrottle(3);
        throttle.RecordFailure("ada", "10.0.0.1");
        throttle.RecordFailure("ada", "10.0.0.1");

        Assert.False(throttle.IsBlocked("ada", "10.0.0.1"));
    }
}
