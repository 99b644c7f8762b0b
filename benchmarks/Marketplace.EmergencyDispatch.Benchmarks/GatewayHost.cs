extern alias gateway;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using GatewayProgram = gateway::Program;

namespace Marketplace.EmergencyDispatch.Benchmarks;

/// <summary>The real gateway in this process, on a free Kestrel port, forwarding to the service under test.</summary>
internal sealed class GatewayHost(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<GatewayProgram>
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
