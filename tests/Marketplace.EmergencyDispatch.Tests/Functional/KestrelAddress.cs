using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.EmergencyDispatch.Tests.Functional;

public static class KestrelAddress
{
    /// <summary>The address a started Kestrel host actually listens on (it was asked for port 0).</summary>
    public static Uri Of(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
