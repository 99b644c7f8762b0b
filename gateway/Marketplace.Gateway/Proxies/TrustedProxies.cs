using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Marketplace.Gateway.Proxies;

/// <summary>
/// The load balancers in front of the gateway (<c>Gateway:TrustedProxies</c>: addresses or CIDR networks). Only a
/// request that arrives from one of them has its X-Forwarded-For and X-Forwarded-Proto applied, so the client address
/// (and with it the anonymous rate-limit counter) is the one the proxy saw. From anyone else, and when nothing is
/// configured, those headers are ignored: otherwise a client could pick its own counter (docs/adr/0020).
/// </summary>
public sealed class TrustedProxies
{
    public const string Section = "Gateway:TrustedProxies";

    private TrustedProxies(IReadOnlyList<IPAddress> addresses, IReadOnlyList<System.Net.IPNetwork> networks)
    {
        Addresses = addresses;
        Networks = networks;
    }

    public IReadOnlyList<IPAddress> Addresses { get; }

    public IReadOnlyList<System.Net.IPNetwork> Networks { get; }

    public bool Any => Addresses.Count > 0 || Networks.Count > 0;

    /// <summary>Reads the setting; an entry that is neither an address nor a network stops the gateway at start.</summary>
    public static TrustedProxies From(IConfiguration configuration)
    {
        var addresses = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in configuration.GetSection(Section).Get<string[]>() ?? [])
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                addresses.Add(address);
            }
            else if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new InvalidOperationException($"{Section}: '{entry}' is neither an IP address nor a CIDR network (such as 10.0.0.0/8).");
            }
        }

        return new TrustedProxies(addresses, networks);
    }

    public void Apply(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // ASP.NET Core trusts loopback by default; only what is configured is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var address in Addresses)
        {
            options.KnownProxies.Add(address);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }
}
