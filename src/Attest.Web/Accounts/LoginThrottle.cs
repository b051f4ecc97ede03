using System.Threading.RateLimiting;

namespace Attest.Web.Accounts;

/// <summary>
/// Slows password guessing: after <c>limit</c> failed sign-ins in a minute, for one account or from one address, further
/// attempts for it are refused until the minute is over. Only failures count, so people who type their password right are
/// never held up, and a guesser spreading over addresses still meets the account's limit.
/// </summary>
public sealed class LoginThrottle(int limit) : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when this account or this address has used up its failures for the minute.</summary>
    public bool IsBlocked(string? account, string address) =>
        Keys(account, address).Any(key => failures.GetStatistics(key)?.CurrentAvailablePermits == 0);

    public void RecordFailure(string? account, string address)
    {
        foreach (var key in Keys(account, address))
        {
            using var _ = failures.AttemptAcquire(key);
        }
    }

    public void Dispose() => failures.Dispose();

    // Names are compared as typed, lower-cased, so "Ada" and "ada" share one budget.
    private static IEnumerable<string> Keys(string? account, string address)
    {
        yield return "address:" + address;
        if (!string.IsNullOrWhiteSpace(account))
        {
            yield return "account:" + account.Trim().ToLowerInvariant();
        }
    }
}
