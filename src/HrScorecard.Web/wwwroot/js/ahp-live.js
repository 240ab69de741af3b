// Live priorities and CR while someone fills in a pairwise matrix: the calculator (Saaty-scale selects), a director's
// questionnaire (radio points) or HR's typed matrix ("3", "1/5"). Progressive enhancement only: the Check button computes the same on the server, and the
// server's numbers are the ones saved. The random index comes from the page (the domain's table), not from here.
(function () {
    'use strict';

    function parse(text) {
        const t = text.trim().replace(',', '.');
        if (t === '') return NaN;
        const parts = t.split('/');
        return parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(t);
    }

    function attach(output) {
        const form = output.closest('form');
        const n = Number(output.dataset.size);
        const names = JSON.parse(output.dataset.names);
        const randomIndex = Number(output.dataset.randomIndex);
        const threshold = Number(output.dataset.threshold);
        // The words come from the page in the request's language; English if a page does not give them.
        const words = {
            live: output.dataset.textLive || 'Live',
            consistent: output.dataset.textConsistent || 'consistent',
            notConsistent: output.dataset.textNotConsistent || 'not consistent; press Check to see which pair to reconsider',
        };

        function judgment(k) {
            const select = form.querySelector(`select[data-judgment="${k}"]`);
            if (select) return Number(select.selectedOptions[0]?.dataset.value);
            const checked = form.querySelector(`input[type=radio][data-judgment="${k}"]:checked`);
            if (checked) return Number(checked.dataset.value);
            const typed = form.querySelector(`input:not([type=radio])[data-judgment="${k}"]`);
            return typed ? parse(typed.value) : NaN;
        }

        function matrix() {
            const a = Array.from({ length: n }, () => new Array(n).fill(1));
            let k = 0;
            for (let i = 0; i < n; i++) {
                for (let j = i + 1; j < n; j++, k++) {
                    const value = judgment(k);
                    if (!(value >= 1 / 9 - 1e-9 && value <= 9 + 1e-9)) return null; // unanswered or off Saaty's scale
                    a[i][j] = value;
                    a[j][i] = 1 / value;
                }
            }
            return a;
        }

        function update() {
            const a = matrix();
            if (!a) { output.hidden = true; return; }
            let w = new Array(n).fill(1 / n);
            for (let iteration = 0; iteration < 1000; iteration++) {
                const next = a.map(row => row.reduce((s, x, j) => s + x * w[j], 0));
                const sum = next.reduce((s, x) => s + x, 0);
                const normalised = next.map(x => x / sum);
                const change = Math.max(...normalised.map((x, i) => Math.abs(x - w[i])));
                w = normalised;
                if (change < 1e-12) break;
            }
            const lambda = a.reduce((s, row, i) => s + row.reduce((t, x, j) => t + x * w[j], 0) / w[i], 0) / n;
            const cr = n > 2 && randomIndex > 0 ? Math.max(0, (lambda - n) / (n - 1)) / randomIndex : 0;
            const consistent = cr <= threshold;
            output.hidden = false;
            output.className = consistent ? 'alert alert-success' : 'alert alert-warning';
            output.textContent = `${words.live}: CR = ${cr.toFixed(3)} (${consistent ? words.consistent : words.notConsistent}) · `
                + names.map((name, i) => `${name} ${(w[i] * 100).toFixed(1)} %`).join(' · ');
        }

        form.addEventListener('change', update);
        form.addEventListener('input', update);
        update();
    }

    document.querySelectorAll('[data-ahp-live]').forEach(attach);
})();
