using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// The HTTP conventions of ARCHITECTURE §3: snake_case JSON and enum strings, RFC 9457 problem details with a
/// trace id for every error, and a request's own mistakes (bad JSON, unparsable parameters) answered 400.
/// </summary>
public static class HttpConventions
{
    public static JsonSerializerOptions ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }

    /// <summary>Options for code outside the request pipeline (tests, clients) that speaks the same JSON.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = ConfigureJson(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static IHostApplicationBuilder AddHttpConventions(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["trace_id"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw so that BadRequestExceptionHandler can name the field at fault;
        // otherwise minimal APIs answer a bare 400 with no body.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();

        // Kestrel's own bare 400/414/431 for a request it cannot parse become problem+json too (RejectedRequestProblems).
        // ConfigureEndpointDefaults keeps one action: a service that needs its own must call UseRejectedRequestProblems.
        builder.Services.Configure<KestrelServerOptions>(o => o.ConfigureEndpointDefaults(l => l.UseRejectedRequestProblems()));
        builder.Services.AddTransient<IStartupFilter, ApplicationWindowStartupFilter>();
        return builder;
    }

    /// <param name="guardInput">
    /// Whether <see cref="InputGuard"/> checks request input; the gateway, which only forwards, leaves it to the services.
    /// </param>
    public static WebApplication UseHttpConventions(this WebApplication app, bool guardInput = true)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (guardInput)
        {
            app.UseMiddleware<InputGuard>();
            app.UseMiddleware<QueryParameterGuard>();
        }

        return app;
    }
}
