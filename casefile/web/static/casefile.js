// Progressive enhancement: clicking a record scrolls its evidence span into view, focuses it
// and marks every piece of it. Without JavaScript the record's #span-... link still scrolls.
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.record[data-span]");
  if (!link) return;
  const id = link.dataset.span;
  const target = document.getElementById("span-" + id);
  if (!target) return;
  event.preventDefault();
  document.querySelectorAll(".doc-text .active").forEach((el) => el.classList.remove("active"));
  document.querySelectorAll(".doc-text mark[data-spans]").forEach((el) => {
    if (el.dataset.spans.split(" ").includes(id)) el.classList.add("active");
  });
  document.querySelectorAll("a.record.selected").forEach((el) => el.classList.remove("selected"));
  link.classList.add("selected");
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
  history.replaceState(null, "", "#span-" + id);
});

// Progressive enhancement of /upload: send the files one at a time to POST /api/documents
// (the token typed in the form as a Bearer token) and show each file's outcome as it comes,
// with a progress bar. A bad file gets its error in its row and the rest go on. Without
// JavaScript the form posts every file at once and the page shows the same table after.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form.upload");
  if (!form || !window.fetch || !window.FormData) return;
  const input = form.querySelector("input[name=files]");
  const token = form.querySelector("input[name=token]").value.trim();
  const files = Array.from(input.files || []);
  if (!files.length || !token) return;
  event.preventDefault();
  const button = form.querySelector("button");
  button.disabled = true;
  const view = uploadView(form, files);
  let done = 0;
  for (const [i, file] of files.entries()) {
    const row = view.rows[i];
    setRow(row, "uploading", "uploading…", "", "");
    const body = new FormData();
    body.append("files", file, file.name);
    let response;
    try {
      response = await fetch("/api/documents", {
        method: "POST", body, headers: { Authorization: "Bearer " + token }, credentials: "same-origin",
      });
    } catch (err) {
      setRow(row, "failed", "failed", "", "the server could not be reached: " + err.message);
      continue;
    }
    const data = await response.json().catch(() => ({}));
    if (response.status === 401 || response.status === 403) {
      view.alert("that token is not valid; make one with `casefile token create NAME`");
      view.rows.slice(i).forEach((r) => setRow(r, "failed", "not sent", "", "no valid token"));
      break;
    }
    if (!response.ok) {
      setRow(row, "failed", "failed", "", data.detail ? String(data.detail) : "HTTP " + response.status);
    } else {
      const outcome = data.outcomes[0];
      const counts = outcome.status === "stored"
        ? `${outcome.allegations} allegations, ${outcome.figures} figures, ${outcome.actors} actor mentions` : "";
      setRow(row, outcome.status, outcome.status, counts, outcome.error || "", outcome.document_id);
    }
    done += 1;
    view.progress(i + 1);
  }
  view.finish(done);
  button.disabled = false;
});

function uploadView(form, files) {
  form.parentElement.querySelectorAll("section.upload-results, p.error").forEach((el) => el.remove());
  const section = document.createElement("section");
  section.className = "upload-results";
  const heading = document.createElement("h2");
  heading.textContent = "Result";
  const bar = document.createElement("progress");
  bar.id = "upload-progress";
  bar.max = files.length;
  bar.value = 0;
  const label = document.createElement("p");
  label.className = "meta";
  label.id = "upload-progress-label";
  label.setAttribute("aria-live", "polite");
  label.textContent = `0 of ${files.length} files ingested`;
  const table = document.createElement("table");
  table.className = "table";
  table.id = "upload-results";
  const head = table.createTHead().insertRow();
  ["File", "Status", "Records", "Error"].forEach((name) => {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  });
  const tbody = table.createTBody();
  const rows = files.map((file) => {
    const row = tbody.insertRow();
    for (let c = 0; c < 4; c += 1) row.insertCell();
    row.cells[0].textContent = file.name;
    setRow(row, "waiting", "waiting", "", "");
    return row;
  });
  section.append(heading, bar, label, table);
  form.before(section);
  return {
    rows,
    progress(n) {
      bar.value = n;
      label.textContent = `${n} of ${files.length} files ingested`;
    },
    finish(n) {
      label.textContent = `${n} of ${files.length} files sent; see each file's status below`;
    },
    alert(message) {
      const p = document.createElement("p");
      p.className = "error";
      p.setAttribute("role", "alert");
      p.textContent = message;
      section.before(p);
    },
  };
}

function setRow(row, status, statusText, counts, error, documentId) {
  row.className = "outcome status-" + status;
  const name = row.cells[0].textContent;
  if (documentId) {
    const link = document.createElement("a");
    link.href = "/documents/" + encodeURIComponent(documentId);
    link.textContent = name;
    row.cells[0].replaceChildren(link);
  }
  row.cells[1].textContent = statusText;
  row.cells[2].textContent = counts;
  row.cells[3].textContent = error;
}
