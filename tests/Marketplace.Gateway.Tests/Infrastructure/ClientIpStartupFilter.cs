using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>
/// Test host only: sets the connection's remote address from <see cref="GatewayFactory.ClientIpHeader"/>, so that
/// tests can act as different client IPs. Runs ahead of the gateway's whole pipeline.
/// </summary>
internal sealed class ClientIpStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[GatewayFactory.ClientIpHeader].FirstOrDefault(), out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
