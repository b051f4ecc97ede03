using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace Attest.Web.Accounts;

/// <summary>
/// Argon2id password hashes (the memory-hard algorithm OWASP recommends first; ASP.NET Identity's hasher is PBKDF2),
/// encoded with their parameters so they can be raised later: <c>argon2id$v=19$m=19456,t=2,p=1$SALT$HASH</c>.
/// </summary>
public static class PasswordHashing
{
    // OWASP's minimum Argon2id setting: 19 MiB, 2 passes, 1 lane — a login costs tens of milliseconds, a guess as much.
    private const int MemoryKib = 19456;
    private const int Iterations = 2;
    private const int Lanes = 1;

    // A hash of nothing anyone knows, checked when the user name is unknown so that answer takes as long as a wrong password.
    private static readonly Lazy<string> NobodysHash = new(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Compute(password, salt, MemoryKib, Iterations, Lanes);
        return string.Create(CultureInfo.InvariantCulture,
            $"argon2id$v=19$m={MemoryKib},t={Iterations},p={Lanes}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool Verify(string password, string encoded)
    {
        var parts = encoded.Split('$');
        if (parts.Length != 5 || parts[0] != "argon2id")
        {
            return false;
        }

        var settings = parts[2].Split(',').Select(p => p.Split('=')).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var expected = Convert.FromBase64String(parts[4]);
        var actual = Compute(password, Convert.FromBase64String(parts[3]), settings["m"], settings["t"], settings["p"], expected.Length);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>Spends the time of one verification and fails: for a sign-in whose user does not exist.</summary>
    public static bool VerifyForUnknownUser(string password)
    {
        Verify(password, NobodysHash.Value);
        return false;
    }

    /// <summary>The cost settings an encoded hash was made with (<c>m=…,t=…,p=…</c>), which alone decide how long verifying it takes.</summary>
    public static string CostOf(string encoded)
    {
        var parts = encoded.Split('$');
        return parts.Length == 5 ? parts[2] : string.Empty;
    }

    // The hash an unknown user's sign-in is checked against: exposed to the tests so they can compare its cost with a real one.
    internal static string UnknownUserHash => NobodysHash.Value;

    private static byte[] Compute(string password, byte[] salt, int memoryKib, int iterations, int lanes, int length = 32)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = memoryKib,
            Iterations = iterations,
            DegreeOfParallelism = lanes,
        };
        return argon.GetBytes(length);
    }
}
