import { performance } from 'node:perf_hooks';
import { buildHierarchy } from './src/index.ts';
function pad(v: number, w: number) { return String(v).padStart(w, '0'); }
const units: any[] = [];
for (let p = 1; p <= 63; p++) units.push({ code: pad(p, 2), name: `Tỉnh ${p}`, type: 'province', level: 'province', validFrom: '2004-07-08' });
for (let d = 1; d <= 700; d++) units.push({ code: pad(d, 3), name: `Huyện ${d}`, type: 'rural-district', level: 'district', parent: pad(((d - 1) % 63) + 1, 2), validFrom: '2004-07-08' });
for (let c = 1; c <= 10000; c++) units.push({ code: pad(c, 5), name: `Xã ${c}`, type: 'commune', level: 'commune', parent: pad(((c - 1) % 700) + 1, 3), validFrom: '2004-07-08' });
for (let v = 1; v <= 100000; v++) { const parent = pad(((v - 1) % 10000) + 1, 5); units.push({ code: `${parent}-${pad(v, 6)}`, name: `Thôn ${v}`, type: 'village', level: 'village', parent, validFrom: '2010-01-01' }); }
for (let i = 0; i < 5; i++) buildHierarchy(units);
const times: number[] = [];
for (let i = 0; i < 21; i++) { (globalThis as any).gc?.(); const t = performance.now(); buildHierarchy(units); times.push(performance.now() - t); }
times.sort((a, b) => a - b); console.log(process.argv[2] ?? '', 'build median', times[10].toFixed(1));
