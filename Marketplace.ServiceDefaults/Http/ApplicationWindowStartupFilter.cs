using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// First in every pipeline (before the gateway's edge middleware too): opens the connection's
/// <see cref="ApplicationWindow"/> for a request and closes it once its response has been written, so that only
/// Kestrel's own answers are written while it is closed.
/// </summary>
internal sealed class ApplicationWindowStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Features.Get<ApplicationWindow>() is { } window)
            {
                window.Enter();
                context.Response.OnCompleted(static state =>
                {
                    ((ApplicationWindow)state).Leave();
                    return Task.CompletedTask;
                }, window);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
