namespace Attest.Store.Accounts;

/// <summary>A person who may sign in to the web application, with the role that decides what they may do.</summary>
/// <param name="PasswordHash">The encoded password hash (never the password); the hashing rule lives with the host that checks it.</param>
public sealed record UserAccount(string Name, string Role, string PasswordHash, DateTimeOffset CreatedAt);
