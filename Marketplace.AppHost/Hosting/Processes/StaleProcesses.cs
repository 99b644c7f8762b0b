namespace Marketplace.AppHost.Hosting.Processes;

/// <summary>
/// Leftovers of an earlier run that died before its watchdogs could act (or while they were still counting):
/// every process tagged with a state folder is killed, group and all, before that folder is used again.
/// </summary>
public static class StaleProcesses
{
    public static int KillTagged(Func<string, bool> stateFolder)
    {
        var pids = ProcessTable.WithEnvironment(ChildProcess.StateTag, stateFolder);
        foreach (var pid in pids)
        {
            if (ProcessTable.ProcessGroupOf(pid) is { } group and > 1)
            {
                Signals.SendToGroup(group, Signals.Kill);
            }

            Signals.Send(pid, Signals.Kill);
        }

        return pids.Count;
    }
}
