using Marketplace.Web;
using Marketplace.Web.Components;
using Marketplace.Web.Gateway;
using Marketplace.Web.Identity;
using MudBlazor.Services;

// The marketplace in a browser: Blazor (interactive server) pages over the gateway's REST API, nothing else.
var builder = WebApplication.CreateBuilder(args);
builder.AddWebDefaults();          // telemetry, /health, service discovery and resilience (ServiceDefaults' pieces)
builder.AddWebSignIn();            // a cookie holding the caller's gateway token: development picker or OIDC
builder.Services.AddGatewayClient(builder.Configuration);
builder.Services.AddMudServices(mud =>          // confirmations bottom-left, clear of the app bar's buttons
    mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.UseWebDefaults();              // error page without stack traces, status pages, antiforgery, sign-in
app.MapSignInEndpoints();          // /account/dev-sign-in (Development), /account/sign-in (OIDC), /account/sign-out
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

/// <summary>The entry point, public so that tests can host the web app.</summary>
public partial class Program;
