extern alias gateway;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using GatewayProgram = gateway::Program;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

/// <summary>The real gateway, in-process on a free Kestrel port (WebSockets need a real socket), with the settings given.</summary>
public sealed class GatewayHost(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<GatewayProgram>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
