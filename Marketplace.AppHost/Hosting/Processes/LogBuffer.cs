namespace Marketplace.AppHost.Hosting.Processes;

/// <summary>The last lines a process wrote (stdout and stderr), for the dashboard and for start failures.</summary>
public sealed class LogBuffer(int capacity = 1000)
{
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    public void Add(string line)
    {
        lock (gate)
        {
            lines.Enqueue(line);
            while (lines.Count > capacity)
            {
                lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<string> Tail(int count)
    {
        lock (gate)
        {
            return lines.Skip(Math.Max(0, lines.Count - count)).ToList();
        }
    }
}
