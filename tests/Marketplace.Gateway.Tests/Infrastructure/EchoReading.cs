using System.Net;
using System.Net.Http.Json;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.Gateway.Tests.Infrastructure;

public static class EchoReading
{
    /// <summary>Asserts the request reached a downstream service and returns what that service saw.</summary>
    public static async Task<EchoResponse> ReadEchoAsync(this HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var echo = await response.Content.ReadFromJsonAsync<EchoResponse>(HttpConventions.JsonOptions);
        Assert.That(echo, Is.Not.Null);
        return echo!;
    }
}
