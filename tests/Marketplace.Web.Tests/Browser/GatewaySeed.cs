using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.Web.Tests.Browser;

/// <summary>
/// Setup a browser test needs but is not about, straight through the gateway's API: a development token for a person,
/// then plain JSON calls with it (snake_case both ways).
/// </summary>
public sealed class GatewaySeed(HttpClient http) : IDisposable
{
    public static async Task<GatewaySeed> SignInAsync(Uri gateway, Guid sub, Guid? organizationId, string[] roles, string? region = null)
    {
        var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/dev/tokens",
            new { sub, org_id = organizationId, roles, region, verified = true });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GatewaySeed(http);
    }

    /// <summary>The signed-in client itself, for calls that check their own statuses (e.g. retried while an event travels).</summary>
    public HttpClient Http => http;

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: HttpConventions.JsonOptions);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}
