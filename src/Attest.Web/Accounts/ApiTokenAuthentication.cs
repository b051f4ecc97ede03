using System.Security.Claims;
using System.Text.Encodings.Web;
using Attest.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Attest.Web.Accounts;

/// <summary>Authenticates API calls by a per-user bearer token (<c>attest users token NAME</c>); the store keeps only the token's hash.</summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AttestWorkspace workspace)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var user = workspace.Store.Accounts.FindByToken(header["Bearer ".Length..].Trim());
        if (user is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown API token"));
        }

        var identity = new ClaimsIdentity(UserPrincipal.Claims(user), SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
