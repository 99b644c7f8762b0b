using Marketplace.AppHost.Hosting.Resources;

namespace Marketplace.AppHost.Orchestration;

/// <summary>Every resource's lines on the AppHost's console, each with a padded, coloured [name] prefix.</summary>
public sealed class ConsoleLog
{
    private static readonly string[] Colours = ["36", "33", "32", "35", "34", "31", "96", "93", "92", "95", "94", "91"];
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> prefixes = new(StringComparer.Ordinal);
    private readonly bool colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public ConsoleLog(IEnumerable<string> names)
    {
        var all = names.Append("apphost").ToList();
        var width = all.Max(n => n.Length);
        for (var i = 0; i < all.Count; i++)
        {
            var padded = "[" + all[i].PadRight(width) + "] ";
            prefixes[all[i]] = colour ? $"\u001b[{Colours[i % Colours.Length]}m{padded}\u001b[0m" : padded;
        }
    }

    public void Attach(Resource resource) => resource.LogLine += (r, line) => Write(r.Name, line);

    public void Info(string message) => Write("apphost", message);

    public void Write(string name, string line)
    {
        lock (gate)
        {
            Console.Out.Write(prefixes.GetValueOrDefault(name, $"[{name}] "));
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }
}
