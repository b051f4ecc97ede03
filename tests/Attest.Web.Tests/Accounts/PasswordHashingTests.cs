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
    public void Same_password_hashes_differently_each_time()
    {
        Assert.NotEqual(PasswordHashing.Hash("same password"), PasswordHashing.Hash("same password"));
    }
}
