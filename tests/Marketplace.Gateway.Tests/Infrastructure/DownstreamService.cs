using Marketplace.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>
/// A real HTTP service on a free loopback port, standing in for one marketplace service: it echoes what it
/// received, serves an OpenAPI document, and binds POST /api/v1/jobs with the same HTTP conventions as the real
/// services (so malformed JSON gets ServiceDefaults' 400 problem+json).
/// </summary>
public sealed class DownstreamService(string name, WebApplication app, Uri address) : IAsyncDisposable
{
    public string Name { get; } = name;

    public Uri Address { get; } = address;

    public static async Task<DownstreamService> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddHttpConventions();

        var app = builder.Build();
        app.UseHttpConventions();
        app.MapOpenApi();
        app.MapPost("/api/v1/jobs", (JobDraft draft, HttpContext context) => TypedResults.Ok(Echo(name, context)));
        app.Map("/{**path}", (HttpContext context) => TypedResults.Ok(Echo(name, context)));
        await app.StartAsync();

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DownstreamService(name, app, new Uri(bound));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static EchoResponse Echo(string service, HttpContext context) => new(
        service,
        context.Request.Method,
        context.Request.Path,
        context.Request.QueryString.Value ?? string.Empty,
        context.Request.Headers.Authorization.FirstOrDefault(),
        context.Request.Headers["X-Correlation-Id"].FirstOrDefault());
}
