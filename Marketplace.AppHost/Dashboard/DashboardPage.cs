namespace Marketplace.AppHost.Dashboard;

/// <summary>The dashboard page: a table of resources and their last log lines, refreshed every two seconds.</summary>
public static class DashboardPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Marketplace AppHost</title>
        <style>
          body { font: 14px system-ui, sans-serif; margin: 1.5rem; color: #222; }
          table { border-collapse: collapse; width: 100%; }
          th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
          .running { color: #17803d; } .failed, .exited { color: #b42318; } .starting, .waiting, .stopping { color: #b54708; }
          pre { background: #111; color: #ddd; padding: .5rem; max-height: 14rem; overflow: auto; margin: .2rem 0 1rem; }
          button { margin-right: .3rem; }
        </style>
        </head>
        <body>
        <h1>Marketplace</h1>
        <table>
          <thead><tr><th>name</th><th>kind</th><th>state</th><th>health</th><th>pid</th><th>endpoint</th><th>restarts</th><th>started</th><th></th></tr></thead>
          <tbody id="resources"></tbody>
        </table>
        <div id="logs"></div>
        <script>
        const text = s => String(s ?? "").replace(/[&<>"]/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\"":"&quot;"}[c]));
        async function command(name, action) {
          await fetch(`/api/resources/${encodeURIComponent(name)}/${action}`, { method: "POST" });
          refresh();
        }
        async function refresh() {
          const resources = await (await fetch("/api/resources")).json();
          document.getElementById("resources").innerHTML = resources.map(r => `<tr>
            <td>${text(r.name)}</td><td>${text(r.kind)}</td><td class="${text(r.state)}">${text(r.state)}</td>
            <td>${r.healthy === null ? "" : r.healthy ? "healthy" : "unhealthy"}</td><td>${text(r.pid)}</td>
            <td>${r.endpoint && r.endpoint.startsWith("http") ? `<a href="${text(r.endpoint)}">${text(r.endpoint)}</a>` : text(r.endpoint)}</td>
            <td>${r.restarts}</td><td>${r.started_at ? new Date(r.started_at).toLocaleTimeString() : ""}</td>
            <td>${["stop","start","restart"].map(a => `<button onclick="command('${text(r.name)}','${a}')">${a}</button>`).join("")}</td></tr>`).join("");
          document.getElementById("logs").innerHTML = resources.map(r =>
            `<h3>${text(r.name)}</h3><pre>${text(r.logs.join("\n"))}</pre>`).join("");
        }
        refresh();
        setInterval(refresh, 2000);
        </script>
        </body>
        </html>
        """;
}
