using Attest.Store.Accounts;
using Attest.Web.Accounts;
using Attest.Web.Api;
using Attest.Web.Reviewing;
using Attest.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Attest.Web;

/// <summary>The one place the web application is composed: workspace, accounts, pages, API, health check and limits.</summary>
public static class AttestWebHost
{
    /// <summary>Configuration key: the workspace folder (the one holding <c>.attest/</c>).</summary>
    public const string WorkspaceKey = "Attest:Workspace";

    /// <summary>Configuration key: a PostgreSQL connection string overriding the workspace's database.</summary>
    public const string DatabaseKey = "Attest:Database";

    /// <summary>Configuration key: failed sign-ins allowed per account and per address per minute (default 10).</summary>
    public const string LoginLimitKey = "Attest:LoginAttemptsPerMinute";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(AttestWebHost).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);

        builder.Services.AddSingleton(services =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var root = configuration[WorkspaceKey] ?? Environment.CurrentDirectory;
            var layout = WorkspaceLayout.FindFrom(root)
                ?? throw new InvalidOperationException($"no Attest workspace at or above {root}; run `attest init` there first");
            return AttestWorkspace.Open(layout, configuration[DatabaseKey] is { Length: > 0 } database ? database : null);
        });
        builder.Services.AddSingleton(ViolationTypes.Shipped);
        // Session cookies are signed with keys kept in the workspace, so sessions survive a restart and stay with their workspace.
        // Windows encrypts the keys with the account's DPAPI key; elsewhere the folder is readable by its owner only (README).
        var dataProtection = builder.Services.AddDataProtection();
        if (OperatingSystem.IsWindows())
        {
            dataProtection.ProtectKeysWithDpapi();
        }

        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new FileSystemXmlRepository(
                KeyFolder(Path.Combine(services.GetRequiredService<AttestWorkspace>().Layout.Folder, "web-keys")),
                services.GetRequiredService<ILoggerFactory>())));

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = "AttestSession";
                options.DefaultChallengeScheme = "AttestSession";
            })
            // The API answers to bearer tokens only: a browser's cookie never authorises an API call, so the API needs no CSRF token.
            .AddPolicyScheme("AttestSession", "cookie or token", options => options.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? ApiTokenAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/denied";
                options.Cookie.Name = "attest.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, _ => { });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(UserPrincipal.AnalystPolicy, policy => policy.RequireRole(UserRoles.Analyst, UserRoles.Admin))
            .AddPolicy(UserPrincipal.AdminPolicy, policy => policy.RequireRole(UserRoles.Admin));

        builder.Services.AddSingleton(services => new LoginThrottle(services.GetRequiredService<IConfiguration>().GetValue(LoginLimitKey, 10)));

        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/Denied");
            options.Conventions.AuthorizeFolder("/Review", UserPrincipal.AnalystPolicy);
            options.Conventions.AuthorizePage("/Incidents/New", UserPrincipal.AnalystPolicy);
            options.Conventions.AuthorizePage("/Incidents/Edit", UserPrincipal.AnalystPolicy);
            options.Conventions.AuthorizeFolder("/Admin", UserPrincipal.AdminPolicy);
        });
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSchemeDocument>());

        var app = builder.Build();
        app.Use((context, next) =>
        {
            SecurityHeaders.Add(context.Response.Headers);
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/healthz", (AttestWorkspace workspace) => Health.Check(workspace)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/site.css", () => Results.Text(SiteAssets.Css, "text/css")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/site.js", () => Results.Text(SiteAssets.Script, "text/javascript")).AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi("/openapi/v1.json").AllowAnonymous();
        app.MapRazorPages();
        ApiEndpoints.Map(app);
        return app;
    }

    // Signing keys forge sessions, so on systems with Unix permissions only the account running the app may read them.
    private static DirectoryInfo KeyFolder(string path)
    {
        var folder = Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        return folder;
    }
}
