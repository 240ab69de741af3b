// Live priorities and CR while a director answers (progressive enhancement: the Check button gives the same server-side).
(function () {
    'use strict';
    const form = document.getElementById('questionnaire');
    const output = document.getElementById('live-result');
    if (!form || !output) return;
    const n = Number(form.dataset.size);
    const names = JSON.parse(output.dataset.names);
    const randomIndex = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]; // Saaty, as the domain

    function matrix() {
        const a = Array.from({ length: n }, () => new Array(n).fill(1));
        let k = 0;
        for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++, k++) {
                const checked = form.querySelector(`input[name="Input.Points[${k}]"]:checked`);
                if (!checked) return null;
                a[i][j] = Number(checked.dataset.value);
                a[j][i] = 1 / a[i][j];
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
        const cr = n > 2 ? Math.max(0, (lambda - n) / (n - 1)) / randomIndex[n - 1] : 0;
        output.hidden = false;
        output.className = cr <= 0.10 ? 'alert alert-success' : 'alert alert-warning';
        output.textContent = `Live: CR = ${cr.toFixed(3)}${cr <= 0.10 ? ' (consistent)' : ' (not consistent; press Check to see which pair to reconsider)'} · `
            + names.map((name, i) => `${name} ${(w[i] * 100).toFixed(1)} %`).join(' · ');
    }

    form.addEventListener('change', update);
    update();
})();
