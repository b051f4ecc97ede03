using Attest.Web.Accounts;

namespace Attest.Web.Tests.Accounts;

/// <summary>Passwords are stored as salted Argon2id hashes that only the right password verifies.</summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public void Hash_verifies_the_right_password_only()
    {
        var hash = PasswordHashing.Hash("correct horse battery staple");

        Assert.StartsWith("argon2id$v=19$m=19456,t=2,p=1$", hash);
        Assert.DoesNotContain("correct horse", hash);
        Assert.True(PasswordHashing.Verify("correct horse battery staple", hash));
        Assert.False(PasswordHashing.Verify("correct horse battery stapler", hash));
    }

    [Fact]
    public void An_unknown_user_fails_after_as_much_work_as_a_wrong_password()
    {
        var hash = PasswordHashing.Hash("correct horse battery staple");
        PasswordHashing.VerifyForUnknownUser("warm-up");
        // The fastest of several runs, so another process on the machine does not decide the outcome.
        static TimeSpan Fastest(Action verify) => Enumerable.Range(0, 5).Select(_ =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            verify();
            return watch.Elapsed;
        }).Min();

        var wrongPassword = Fastest(() => PasswordHashing.Verify("wrong", hash));
        var unknownUser = Fastest(() => Assert.False(PasswordHashing.VerifyForUnknownUser("wrong")));

        Assert.True(unknownUser > wrongPassword * 0.5, $"unknown user {unknownUser.TotalMilliseconds} ms, wrong password {wrongPassword.TotalMilliseconds} ms");
    }

    [Fact]
    public void Same_password_hashes_differently_each_time()
    {
        Assert.NotEqual(PasswordHashing.Hash("same password"), PasswordHashing.Hash("same password"));
    }
}
