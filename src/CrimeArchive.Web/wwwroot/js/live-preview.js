// Renders the Markdown of a textarea into its preview as the editor types, through the server's own
// pipeline (the one readers' pages use), so the preview is what will be published. Without script
// the form's Preview button does the same. Only the answer to the latest change is shown.
(() => {
  document.querySelectorAll("textarea[data-live-preview]").forEach(area => {
    const target = document.querySelector(area.dataset.livePreview);
    const token = area.form?.querySelector("input[name='__RequestVerificationToken']")?.value;
    if (!target || !token) return;
    let timer = 0;
    let latest = 0;
    const render = async () => {
      const asked = ++latest;
      try {
        const response = await fetch("/edit/preview", {
          method: "POST",
          headers: { "RequestVerificationToken": token },
          body: new URLSearchParams({ body: area.value }),
        });
        if (!response.ok || asked !== latest) return;
        const html = await response.text();
        if (asked === latest) target.innerHTML = html;
      } catch {
        // The preview is a convenience: a failed request leaves it as it was.
      }
    };
    area.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(render, 250);
    });
    if (!target.innerHTML.trim()) render();
  });
})();
