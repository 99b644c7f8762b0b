using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Marketplace.Web;

/// <summary>
/// What a person sees when a request fails on the server: a sentence and the trace id, never the exception — in every
/// environment, for a GET or a form post alike. Written directly rather than by re-executing a page: re-executing a
/// failed POST (say, a sign-in form with a stale antiforgery token) finds no page for the method, and the framework
/// then hands the exception to Development's exception page, stack trace included.
/// </summary>
internal static class ErrorResponse
{
    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        var traceId = WebUtility.HtmlEncode(Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier);
        var sentence = status < 500
            ? "The form could not be accepted; it may have been open too long. Please go back, reload the page and try again."
            : "Something went wrong on our side. Please try again; if it keeps happening, quote this trace id.";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Something went wrong · Marketplace</title><link rel="stylesheet" href="/app.css" /></head>
            <body><main id="main" style="padding: 24px; max-width: 640px">
            <h1>Something went wrong</h1><p>{sentence}</p><p>Trace id: <code>{traceId}</code></p><p><a href="/">Back to Find work</a></p>
            </main></body></html>
            """);
    }
}
