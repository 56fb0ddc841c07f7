/// A JavaScript audit run in Chromium on every dashboard page: what a screen reader or keyboard user would trip
/// over, as a list of problems (empty when there are none).
enum AccessibilityAudit {
    /// Evaluates to an array of strings, one per problem found.
    static let script = """
        (() => {
          const problems = [];
          const name = (element) => (element.getAttribute('aria-label') || element.textContent || element.getAttribute('title') || '').trim();
          if (!document.documentElement.lang) problems.push('no lang on <html>');
          if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one <main>');
          if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one <h1>');
          const ids = Array.from(document.querySelectorAll('[id]'), (element) => element.id);
          ids.filter((id, index) => ids.indexOf(id) !== index).forEach((id) => problems.push('duplicate id ' + id));
          document.querySelectorAll('button, a[href]').forEach((element) => {
            if (!name(element)) problems.push(element.tagName.toLowerCase() + ' without a name: ' + element.outerHTML.slice(0, 80));
          });
          document.querySelectorAll('input:not([type=hidden])').forEach((input) => {
            if (!input.getAttribute('aria-label') && !(input.id && document.querySelector('label[for="' + input.id + '"]'))) {
              problems.push('input without a label: ' + input.outerHTML.slice(0, 80));
            }
          });
          document.querySelectorAll('svg').forEach((svg) => {
            if (svg.getAttribute('aria-hidden') === 'true') return;
            const label = svg.getAttribute('aria-labelledby');
            const title = label && document.getElementById(label);
            if (svg.getAttribute('role') !== 'img' || !title || !title.textContent.trim()) {
              problems.push('svg without role=img and a title: ' + svg.outerHTML.slice(0, 80));
            }
          });
          document.querySelectorAll('table').forEach((table) => {
            if (!table.caption || !table.caption.textContent.trim()) problems.push('table without a caption: ' + (table.id || '?'));
            table.querySelectorAll('thead th').forEach((th) => { if (th.getAttribute('scope') !== 'col') problems.push('header cell without scope in ' + (table.id || '?')); });
          });
          let level = 0;
          document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((heading) => {
            const next = Number(heading.tagName[1]);
            if (next > level + 1) problems.push('heading level skips to ' + heading.tagName + ': ' + heading.textContent.trim());
            level = next;
          });
          return problems;
        })()
        """
}
