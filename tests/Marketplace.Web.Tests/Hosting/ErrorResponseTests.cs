using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.Web.Tests.Hosting;

/// <summary>The web app hosted in Development, as ./run.sh runs it: a failed request never shows the exception.</summary>
public sealed class ErrorResponseTests
{
    [Test]
    public async Task A_sign_in_post_without_its_antiforgery_token_is_a_400_page_without_a_stack_trace()
    {
        // Any type of the web assembly names it: the AppHost has a Program too.
        await using var web = new WebApplicationFactory<Marketplace.Web.Gateway.GatewayClient>().WithWebHostBuilder(b => b
            .UseEnvironment("Development")
            .UseSetting("Gateway:Url", "http://127.0.0.1:9"));
        using var client = web.CreateClient();

        using var response = await client.PostAsync(new Uri("/account/dev-sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Persona"] = "employer" }));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body, Does.Contain("Trace id").And.Not.Contain("Exception").And.Not.Contain(" at Microsoft."));
    }
}
