using System.Net.Sockets;
using System.Text;

namespace Marketplace.Testing;

/// <summary>
/// Sends bytes no HTTP client would (a raw NUL in the target, a broken request line or header) over a TCP connection
/// to a real Kestrel, and reads what it answers until it closes the connection.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body, string Raw)
    {
        public string? ContentType => Headers.GetValueOrDefault("content-type");
    }

    public static Task<Answer> SendAsync(Uri server, string request) => SendAsync(server, Encoding.Latin1.GetBytes(request));

    /// <summary>Sends <paramref name="request"/> and parses the last response before the server closes the connection.</summary>
    public static async Task<Answer> SendAsync(Uri server, byte[] request)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, limit.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request, limit.Token);
        await stream.FlushAsync(limit.Token);
        // No half-close: Kestrel takes a client's FIN for a disconnect. Requests end with Connection: close or are refused.
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, limit.Token);
        var raw = Encoding.Latin1.GetString(received.ToArray());
        return Parse(raw);
    }

    private static Answer Parse(string raw)
    {
        var start = raw.LastIndexOf("HTTP/1.", StringComparison.Ordinal);
        if (start < 0)
        {
            return new Answer(0, new Dictionary<string, string>(), "", raw);
        }

        var last = raw[start..];
        var end = last.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = end < 0 ? last : last[..end];
        var lines = head.Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = end < 0 ? "" : Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(last[(end + 4)..]));
        return new Answer(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body, raw);
    }
}
