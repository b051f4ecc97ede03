namespace Attest.Store.Accounts;

/// <summary>A person who may sign in to the web application, with the role that decides what they may do.</summary>
/// <param name="PasswordHash">The encoded password hash (never the password); the hashing rule lives with the host that checks it.</param>
/// <param name="SecurityStamp">Random; replaced on sign-out, password change and role change, so sessions holding an older one end.</param>
public sealed record UserAccount(string Name, string Role, string PasswordHash, DateTimeOffset CreatedAt, string SecurityStamp);
