import { loadDefaultUnderstander } from './dist/nlu/default-understander.js'; const understand = loadDefaultUnderstander();
for (const t of process.argv.slice(2)) { const u = await understand(t); console.log(t, JSON.stringify({intent:u.intent, facts:u.entities.facts, money:u.entities.money, pct:u.entities.percents, cues:Object.fromEntries(Object.entries(u.cues).filter(([k,v])=>v))})); }
