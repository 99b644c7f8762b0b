using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type in a field, an unparsable query
/// parameter) into 400 validation problem details naming the field, instead of a 500 or an empty 400.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var (field, message) = Describe(badRequest);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode == StatusCodes.Status400BadRequest ? "The request is not valid." : "The request could not be processed.",
        };
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = JsonPathToField(json.Path);
            return (field, json.Path is null or "$"
                ? "The body is not valid JSON."
                : $"The value of '{field}' is not valid here.");
        }

        var parameter = ParameterPattern().Match(exception.Message);
        if (parameter.Success)
        {
            return (SnakeCase(parameter.Groups["name"].Value), $"'{parameter.Groups["value"].Value}' is not a valid value.");
        }

        var required = RequiredPattern().Match(exception.Message);
        return required.Success
            ? (SnakeCase(required.Groups["name"].Value), "A value is required.")
            : ("body", exception.Message);
    }

    /// <summary>"$.location.postal_code" → "location.postal_code"; "$.skills[2]" → "skills[2]"; "$" → "body".</summary>
    internal static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    [GeneratedRegex("""Failed to bind parameter "\S+ (?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("""Required parameter "\S+ (?<name>\w+)" was not provided""")]
    private static partial Regex RequiredPattern();
}
