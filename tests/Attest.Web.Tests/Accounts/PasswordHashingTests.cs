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
    public void An_unknown_user_is_checked_against_a_hash_of_the_same_cost_as_a_real_one()
    {
        // Argon2id's running time is fixed by its memory, passes, lanes and output length, so equal settings mean equal work,
        // whatever else the machine is doing; a stopwatch would make this test depend on the machine's load.
        var real = PasswordHashing.Hash("correct horse battery staple");
        var unknown = PasswordHashing.UnknownUserHash;

        Assert.Equal("m=19456,t=2,p=1", PasswordHashing.CostOf(real));
        Assert.Equal(PasswordHashing.CostOf(real), PasswordHashing.CostOf(unknown));
        Assert.Equal(real.Split('$')[4].Length, unknown.Split('$')[4].Length);
        Assert.False(PasswordHashing.VerifyForUnknownUser("correct horse battery staple"));
    }

    [Fact]
    public void Same_password_hashes_differently_each_time()
    {
        Assert.NotEqual(PasswordHashing.Hash("same password"), PasswordHashing.Hash("same password"));
    }
}
