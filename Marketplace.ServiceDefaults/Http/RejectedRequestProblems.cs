using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// Kestrel answers a request it cannot parse (a raw NUL or space in the target, a bad request line or header,
/// headers or a request line over its limits) with a bare 4xx and no body, before any middleware runs, so neither
/// UseStatusCodePages nor an exception handler ever sees it. This connection middleware is the one place that can:
/// it watches what Kestrel writes outside the application (see <see cref="ApplicationWindow"/>) and rewrites such an
/// empty error response into RFC 9457 problem+json whose trace_id is the connection id Kestrel logs the reason under.
/// </summary>
public static class RejectedRequestProblems
{
    /// <summary>Adds the middleware to a Kestrel endpoint (every endpoint, through ConfigureEndpointDefaults).</summary>
    public static void UseRejectedRequestProblems(this ListenOptions listen) => listen.Use(next => async connection =>
    {
        var window = new ApplicationWindow();
        connection.Features.Set(window);
        var transport = connection.Transport;
        var writer = new RejectedResponseWriter(transport.Output, window, connection.ConnectionId);
        connection.Transport = new DuplexPipe(transport.Input, writer);
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    });

    /// <summary>
    /// The response to send instead of <paramref name="response"/> when it is an HTTP/1.x error response with an empty
    /// body and no content type (what Kestrel writes for a refused request); null to send it unchanged.
    /// </summary>
    public static byte[]? Rewrite(ReadOnlySpan<byte> response, string traceId)
    {
        var end = response.IndexOf("\r\n\r\n"u8);
        if (end < 0 || !response.StartsWith("HTTP/1."u8))
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(response[..end]);
        var lines = head.Split("\r\n");
        var statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], out var status) || status < 400)
        {
            return null;
        }

        var headers = lines.Skip(1).ToList();
        if (headers.Any(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))
            || !headers.Any(h => IsHeader(h, "Content-Length", "0"))
            || headers.Any(h => IsHeader(h, "Transfer-Encoding", null))
            || end + 4 != response.Length)
        {
            return null;
        }

        var body = Body(status, statusLine.Length > 2 ? statusLine[2] : "Bad Request", traceId);
        var rewritten = new StringBuilder(lines[0]).Append("\r\n");
        foreach (var header in headers.Where(h => !IsHeader(h, "Content-Length", null)))
        {
            rewritten.Append(header).Append("\r\n");
        }

        rewritten.Append("Content-Type: application/problem+json\r\n")
            .Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        return [.. Encoding.Latin1.GetBytes(rewritten.ToString()), .. body];
    }

    private static byte[] Body(int status, string reason, string traceId)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (TypeOf(status) is { } type)
            {
                json.WriteString("type", type);
            }

            json.WriteString("title", reason);
            json.WriteNumber("status", status);
            json.WriteString("detail", "The server refused the request before reading it: its request line, target or headers "
                + "are malformed or too large.");
            if (status == 400)
            {
                // Every 400 names what is wrong; here it is the request itself, not one of its fields.
                json.WriteStartObject("errors");
                json.WriteStartArray("request");
                json.WriteStringValue("The request line, its target or a header is malformed.");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteString("trace_id", traceId);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string? TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        411 => "https://tools.ietf.org/html/rfc9110#section-15.5.12",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        431 => "https://tools.ietf.org/html/rfc6585#section-5",
        505 => "https://tools.ietf.org/html/rfc9110#section-15.6.6",
        _ => null,
    };

    private static bool IsHeader(string line, string name, string? value)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase)
            && (value is null || line.AsSpan(colon + 1).Trim().SequenceEqual(value));
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
