using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marketplace.EndToEnd.Tests.HttpFiles;

/// <summary>
/// Runs a <see cref="HttpFile"/> top to bottom as a person would in their editor: each request with the variables and
/// earlier named responses substituted (<c>{{name.response.body.$.id}}</c>, <c>{{name.response.headers.Location}}</c>),
/// and the REST Client system variables the files use (<c>$guid</c>, <c>$randomInt</c>, <c>$timestamp</c>, <c>$datetime</c>).
/// </summary>
public sealed partial class HttpFileRunner(HttpClient http, IReadOnlyDictionary<string, string> overrides)
{
    /// <summary>The system is event-driven: a read model may lag the write before it by a moment, as it would for a person.</summary>
    private static readonly TimeSpan EventualConsistency = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, HttpResponseRecord> named = new(StringComparer.Ordinal);

    /// <summary>Runs every request; returns one line per request and the failures (a 5xx, or a status the file does not expect).</summary>
    public async Task<(List<string> Log, List<string> Failures)> RunAsync(HttpFile file)
    {
        var (log, failures) = (new List<string>(), new List<string>());
        foreach (var example in file.Examples)
        {
            HttpResponseRecord response;
            try
            {
                response = await SendWithPatienceAsync(file, example);
            }
            catch (Exception ex) when (ex is FormatException or KeyNotFoundException or InvalidOperationException)
            {
                failures.Add($"{example}: {ex.Message}");
                log.Add($"{example} → not sent: {ex.Message}");
                continue;
            }

            log.Add($"{example} → {response.Status}");
            if (response.Status >= 500 || !example.Accepts(response.Status))
            {
                var wanted = example.Expected.Count == 0 ? "a 2xx" : string.Join(" or ", example.Expected);
                failures.Add($"{example}: {response.Status}, expected {wanted}: {Excerpt(response.Body)}");
            }

            if (example.Name is { } name)
            {
                named[name] = response;
            }
        }

        return (log, failures);
    }

    private async Task<HttpResponseRecord> SendWithPatienceAsync(HttpFile file, HttpExample example)
    {
        var deadline = DateTime.UtcNow + EventualConsistency;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var response = await SendAsync(file, example);
            if (example.Accepts(response.Status) || response.Status is not (404 or 409) || DateTime.UtcNow > deadline)
            {
                return response;
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    private async Task<HttpResponseRecord> SendAsync(HttpFile file, HttpExample example)
    {
        using var request = new HttpRequestMessage(new HttpMethod(example.Method), Resolve(file, example.Url));
        string? contentType = null;
        foreach (var (name, value) in example.Headers)
        {
            var resolved = Resolve(file, value);
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = resolved;
            }
            else if (!request.Headers.TryAddWithoutValidation(name, resolved))
            {
                throw new FormatException($"header {name} cannot be sent on a request");
            }
        }

        if (example.Body is { } body)
        {
            request.Content = new StringContent(Resolve(file, body), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "text/plain");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new HttpResponseRecord((int)response.StatusCode, headers, text);
    }

    /// <summary>Replaces every <c>{{…}}</c> in <paramref name="text"/>.</summary>
    public string Resolve(HttpFile file, string text, int depth = 0)
    {
        if (depth > 10)
        {
            throw new FormatException($"'{text}' refers to itself");
        }

        return Reference().Replace(text, match => Evaluate(file, match.Groups["expression"].Value.Trim(), depth));
    }

    private string Evaluate(HttpFile file, string expression, int depth)
    {
        if (expression.StartsWith('$'))
        {
            return SystemVariable(expression);
        }

        if (ResponseReference().Match(expression) is { Success: true } reference)
        {
            var name = reference.Groups["name"].Value;
            if (!named.TryGetValue(name, out var response))
            {
                throw new KeyNotFoundException($"{{{{{expression}}}}} refers to request '{name}', which has not run (or failed)");
            }

            var path = reference.Groups["path"].Value;
            return reference.Groups["part"].Value == "headers"
                ? response.Headers.TryGetValue(path, out var header) ? header : throw new KeyNotFoundException($"no header {path} in '{name}'")
                : JsonPath.Select(response.Body, path) ?? throw new KeyNotFoundException($"{{{{{expression}}}}}: {path} is not in '{name}''s body");
        }

        if (overrides.TryGetValue(expression, out var overridden))
        {
            return overridden;
        }

        return file.Variables.TryGetValue(expression, out var value)
            ? Resolve(file, value, depth + 1)
            : throw new KeyNotFoundException($"{{{{{expression}}}}} is not defined");
    }

    private static string SystemVariable(string expression)
    {
        var parts = SystemArguments().Matches(expression).Select(m => m.Value.Trim('"')).ToList();
        var invariant = CultureInfo.InvariantCulture;
        return parts[0] switch
        {
            "$guid" => Guid.NewGuid().ToString(),
            "$timestamp" => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(invariant),
            "$randomInt" => Random.Shared.Next(int.Parse(parts[1], invariant), int.Parse(parts[2], invariant)).ToString(invariant),
            "$datetime" => Offset(DateTimeOffset.UtcNow, parts.Skip(2).ToList()).ToString(parts[1] switch
            {
                "iso8601" => "yyyy-MM-ddTHH:mm:ss.fffZ",
                "rfc1123" => "r",
                var custom => custom.Replace("YYYY", "yyyy", StringComparison.Ordinal).Replace("DD", "dd", StringComparison.Ordinal),
            }, invariant),
            _ => throw new FormatException($"{{{{{expression}}}}}: unsupported system variable"),
        };
    }

    private static DateTimeOffset Offset(DateTimeOffset now, List<string> offset) => offset.Count < 2 ? now : offset[1] switch
    {
        "d" => now.AddDays(int.Parse(offset[0], CultureInfo.InvariantCulture)),
        "h" => now.AddHours(int.Parse(offset[0], CultureInfo.InvariantCulture)),
        "m" => now.AddMinutes(int.Parse(offset[0], CultureInfo.InvariantCulture)),
        _ => throw new FormatException($"unsupported offset unit '{offset[1]}' (d, h, m)"),
    };

    private static string Excerpt(string body) => body.Length <= 400 ? body : body[..400] + "…";

    [GeneratedRegex(@"\{\{(?<expression>[^{}]+)\}\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][\w-]*)\.response\.(?<part>body|headers)\.(?<path>.+)$")]
    private static partial Regex ResponseReference();

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex SystemArguments();
}
