import type { Lang } from './lang.js';

/**
 * The interactive API reference at /docs (`?lang=sv` in Swedish): one self-contained page that reads
 * /openapi.json, lists every field of every request body (type, allowed values, default, example,
 * description, from the zod schemas) and lets a reader try each operation: path parameters picked from
 * their allowed values, the example body (valid as shown), a bearer token, binary answers offered as a
 * download. No script comes from a CDN, so opening the docs discloses nothing to a third party.
 */

const words = {
  en: {
    title: 'Tredjeland API reference',
    spec: 'OpenAPI document',
    token: 'Bearer token (only when the service requires one; kept in this page only)',
    loading: 'Loading…',
    fields: 'Fields of the body',
    field: 'Field',
    type: 'Type',
    allowed: 'Allowed values',
    dflt: 'Default',
    example: 'Example',
    about: 'Description',
    required: 'required',
    item: 'One item of the list above',
    body: 'Request body (JSON)',
    send: 'Send',
    download: 'Download',
    failed: 'Could not load the OpenAPI document: ',
    other: 'Other language: ',
    otherLink: '<a href="/docs?lang=sv" lang="sv">svenska</a>',
  },
  sv: {
    title: 'Tredjelands API – referens',
    spec: 'OpenAPI-dokument',
    token: 'Bearer-token (bara när tjänsten kräver en; sparas bara på den här sidan)',
    loading: 'Laddar…',
    fields: 'Fälten i innehållet',
    field: 'Fält',
    type: 'Typ',
    allowed: 'Tillåtna värden',
    dflt: 'Standard',
    example: 'Exempel',
    about: 'Beskrivning',
    required: 'obligatoriskt',
    item: 'Ett element i listan ovan',
    body: 'Begärans innehåll (JSON)',
    send: 'Skicka',
    download: 'Ladda ned',
    failed: 'Kunde inte läsa OpenAPI-dokumentet: ',
    other: 'Annat språk: ',
    otherLink: '<a href="/docs?lang=en" lang="en">English</a>',
  },
} as const;

export function apiReferencePage(specUrl: string, lang: Lang = 'en'): string {
  const w = words[lang];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${w.title}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2430;background:#f7f8fa}
header{background:#123;color:#fff;padding:1rem 2rem}header h1{margin:0;font-size:1.4rem}header a{color:#9cf}
main{max-width:70rem;margin:0 auto;padding:1rem 2rem}
details{background:#fff;border:1px solid #d5dae2;border-radius:6px;margin:.5rem 0}
summary{cursor:pointer;padding:.6rem .9rem;font-family:ui-monospace,monospace}
.m{display:inline-block;min-width:4.2rem;font-weight:700}.get{color:#06603a}.post{color:#0550ae}
.body{padding:0 1rem 1rem}textarea{width:100%;min-height:12rem;font:13px ui-monospace,monospace}
input,select{font:13px ui-monospace,monospace;padding:.2rem}pre{background:#0e1622;color:#dce3ec;padding:.8rem;overflow:auto;max-height:30rem}
button{padding:.3rem 1rem;margin:.5rem 0}label{display:block;margin:.3rem 0}
table{border-collapse:collapse;width:100%;font-size:13px;margin:.5rem 0}th,td{border:1px solid #d5dae2;padding:.25rem .4rem;text-align:left;vertical-align:top}
td:first-child code{word-break:break-all}td:last-child{min-width:24rem}
</style></head><body>
<header><h1>${w.title}</h1><div>${w.spec}: <a href="${specUrl}">${specUrl}</a> · ${w.other}${w.otherLink}</div></header>
<main><label>${w.token} <input id="token" type="password" autocomplete="off" size="40"></label><div id="ops">${w.loading}</div></main>
<script>
const W=${JSON.stringify(w)};const LANG=${JSON.stringify(lang)};
const esc=(s)=>String(s).replace(/[&<>"']/g,(ch)=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[ch]));
let spec;
const deref=(s)=>{let n=0;while(s&&s.$ref&&n++<20){s=s.$ref.split('/').slice(1).reduce((o,k)=>o&&o[k],spec);}return s||{};};
function typeOf(s){s=deref(s);if(s.type==='array')return typeOf(s.items)+'[]';if(s.anyOf||s.oneOf)return (s.anyOf||s.oneOf).map(typeOf).join(' | ');if(s.enum)return s.type||'string';return s.type||(s.properties?'object':s.additionalProperties?'object':'');}
/** Every field under a schema, one row each: path, type, allowed values, default, example, description. */
function rows(s,path,req,out,depth,item){
  s=deref(s);if(depth>12)return;
  const alts=s.anyOf||s.oneOf;
  if(alts){const objs=alts.map(deref).filter((a)=>a.properties||a.items);if(objs.length===1&&alts.length<=2){return rows(Object.assign({},objs[0],{description:s.description||objs[0].description}),path,req,out,depth);}}
  if(path)out.push({path,type:typeOf(s),allowed:s.enum||(s.const!==undefined?[s.const]:null)||(s.items&&deref(s.items).enum)||null,dflt:s.default,example:s.example!==undefined?s.example:(s.examples&&s.examples[0]),about:s.description||(item?W.item:''),req});
  if(s.properties)for(const [k,v] of Object.entries(s.properties))rows(v,path?path+'.'+k:k,(s.required||[]).includes(k),out,depth+1);
  if(s.type==='array'&&s.items)rows(s.items,path+'[]',false,out,depth+1,true);
  if(s.additionalProperties&&typeof s.additionalProperties==='object')rows(s.additionalProperties,path+'.<id>',false,out,depth+1);
}
function table(schema){const out=[];rows(schema,'',false,out,0);if(!out.length)return '';
  return '<details><summary>'+W.fields+' ('+out.length+')</summary><table><thead><tr><th>'+W.field+'</th><th>'+W.type+'</th><th>'+W.allowed+'</th><th>'+W.dflt+'</th><th>'+W.example+'</th><th>'+W.about+'</th></tr></thead><tbody>'+
  out.map((r)=>'<tr><td><code>'+esc(r.path)+'</code>'+(r.req?' ('+W.required+')':'')+'</td><td>'+esc(r.type)+'</td><td>'+(r.allowed?r.allowed.map((v)=>'<code>'+esc(JSON.stringify(v))+'</code>').join(' '):'')+'</td><td>'+(r.dflt!==undefined?'<code>'+esc(JSON.stringify(r.dflt))+'</code>':'')+'</td><td>'+(r.example!==undefined?'<code>'+esc(JSON.stringify(r.example))+'</code>':'')+'</td><td>'+esc(r.about)+'</td></tr>').join('')+'</tbody></table></details>';}
function control(p){const s=deref(p.schema);const name=esc(p.name);const where=esc(p.in);
  if(s.enum)return '<select data-in="'+where+'" name="'+name+'">'+(p.required?'':'<option value=""></option>')+s.enum.map((v)=>'<option'+((p.name==='lang'&&v===LANG)||(p.required&&v===(s.example||p.example))?' selected':'')+'>'+esc(v)+'</option>').join('')+'</select>';
  return '<input data-in="'+where+'" name="'+name+'" placeholder="'+esc(s.example||p.example||'')+'">';}
fetch(${JSON.stringify(specUrl)}).then((r)=>r.json()).then((s)=>{spec=s;
  const ops=document.getElementById('ops');ops.textContent='';
  for(const [path,item] of Object.entries(spec.paths||{}))for(const [method,op] of Object.entries(item)){
    const d=document.createElement('details');
    const params=(op.parameters||[]).map(deref);
    const body=op.requestBody&&op.requestBody.content&&(op.requestBody.content['application/json']||{});
    const sample=body&&(body.example||(body.schema&&deref(body.schema).example));const example=sample?JSON.stringify(sample,null,2):'{}';
    d.innerHTML='<summary><span class="m '+method+'">'+method.toUpperCase()+'</span> '+esc(path)+' — '+esc(op.summary||'')+'</summary>'+
      '<div class="body"><p>'+esc(op.description||'')+'</p>'+
      params.map((p)=>'<label>'+esc(p.name)+' ('+esc(p.in)+(p.required?', '+W.required:'')+'): '+control(p)+' '+esc(p.description||(p.schema&&deref(p.schema).description)||'')+'</label>').join('')+
      (body?table(body.schema)+'<label>'+W.body+'<textarea>'+esc(example)+'</textarea></label>':'')+
      '<button>'+W.send+'</button><pre hidden></pre><a hidden></a></div>';
    d.querySelector('button').onclick=async()=>{
      let url=path;const q=new URLSearchParams();
      for(const i of d.querySelectorAll('input[data-in],select[data-in]')){if(!i.value)continue;if(i.dataset.in==='path')url=url.replace('{'+i.name+'}',encodeURIComponent(i.value));else q.set(i.name,i.value);}
      const headers={};const token=document.getElementById('token').value.trim();if(token)headers.authorization='Bearer '+token;
      const init={method:method.toUpperCase(),headers};
      const ta=d.querySelector('textarea');if(ta){init.body=ta.value;headers['content-type']='application/json';}
      const out=d.querySelector('pre');const link=d.querySelector('a[hidden],a.dl');out.hidden=false;out.textContent='…';link.hidden=true;
      const res=await fetch(url+(q.size?'?'+q:''),init);const type=res.headers.get('content-type')||'';
      if(type.includes('json')||type.startsWith('text')){out.textContent=res.status+' '+type+'\\n\\n'+(type.includes('json')?JSON.stringify(await res.json(),null,2):await res.text());return;}
      const blob=await res.blob();const cd=res.headers.get('content-disposition')||'';
      const m=/filename\\*=UTF-8''([^;]+)/i.exec(cd)||/filename="([^"]+)"/i.exec(cd);
      const name=m?decodeURIComponent(m[1]):'download';
      out.textContent=res.status+' '+type+'\\n\\n('+blob.size+' bytes)';
      link.className='dl';link.href=URL.createObjectURL(blob);link.download=name;link.textContent=W.download+': '+name;link.hidden=false;
    };
    ops.appendChild(d);
  }
}).catch((e)=>{document.getElementById('ops').textContent=W.failed+e;});
</script></body></html>`;
}
