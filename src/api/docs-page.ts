/**
 * The interactive API reference at /docs: one self-contained page that reads /openapi.json and lets a
 * reader try each operation. No script comes from a CDN, so opening the docs discloses nothing to a
 * third party.
 */
export function apiReferencePage(specUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Tredjeland API reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2430;background:#f7f8fa}
header{background:#123;color:#fff;padding:1rem 2rem}header h1{margin:0;font-size:1.4rem}
main{max-width:62rem;margin:0 auto;padding:1rem 2rem}
details{background:#fff;border:1px solid #d5dae2;border-radius:6px;margin:.5rem 0}
summary{cursor:pointer;padding:.6rem .9rem;font-family:ui-monospace,monospace}
.m{display:inline-block;min-width:4.2rem;font-weight:700}.get{color:#00703c}.post{color:#06c}
.body{padding:0 1rem 1rem}textarea{width:100%;min-height:9rem;font:13px ui-monospace,monospace}
input{font:13px ui-monospace,monospace;padding:.2rem}pre{background:#0e1622;color:#dce3ec;padding:.8rem;overflow:auto;max-height:30rem}
button{padding:.3rem 1rem;margin:.5rem 0}label{display:block;margin:.3rem 0}
</style></head><body>
<header><h1>Tredjeland API reference</h1><div>OpenAPI document: <a style="color:#9cf" href="${specUrl}">${specUrl}</a></div></header>
<main id="ops">Loading…</main>
<script>
const esc=(s)=>String(s).replace(/[&<>"']/g,(ch)=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[ch]));
fetch(${JSON.stringify(specUrl)}).then((r)=>r.json()).then((spec)=>{
  const ops=document.getElementById('ops');ops.textContent='';
  for(const [path,item] of Object.entries(spec.paths||{}))for(const [method,op] of Object.entries(item)){
    const d=document.createElement('details');
    const params=(op.parameters||[]);
    const body=op.requestBody&&op.requestBody.content&&(op.requestBody.content['application/json']||{});
    const sample=body&&(body.example||(body.schema&&body.schema.example));const example=sample?JSON.stringify(sample,null,2):'{}';
    d.innerHTML='<summary><span class="m '+method+'">'+method.toUpperCase()+'</span> '+esc(path)+' — '+esc(op.summary||'')+'</summary>'+
      '<div class="body"><p>'+esc(op.description||'')+'</p>'+
      params.map((p)=>'<label>'+esc(p.name)+' ('+esc(p.in)+(p.required?', required':'')+'): <input data-in="'+esc(p.in)+'" name="'+esc(p.name)+'" placeholder="'+esc((p.schema&&p.schema.example)||p.example||'')+'"> '+esc(p.description||(p.schema&&p.schema.description)||'')+'</label>').join('')+
      (body?'<label>Request body (JSON)<textarea>'+esc(example)+'</textarea></label>':'')+
      '<button>Send</button><pre hidden></pre></div>';
    d.querySelector('button').onclick=async()=>{
      let url=path;const q=new URLSearchParams();
      for(const i of d.querySelectorAll('input')){if(!i.value)continue;if(i.dataset.in==='path')url=url.replace('{'+i.name+'}',encodeURIComponent(i.value));else q.set(i.name,i.value);}
      const init={method:method.toUpperCase()};
      const ta=d.querySelector('textarea');if(ta){init.body=ta.value;init.headers={'content-type':'application/json'};}
      const out=d.querySelector('pre');out.hidden=false;out.textContent='…';
      const res=await fetch(url+(q.size?'?'+q:''),init);const type=res.headers.get('content-type')||'';
      out.textContent=res.status+' '+type+'\\n\\n'+(type.includes('json')?JSON.stringify(await res.json(),null,2):type.startsWith('text')?await res.text():'('+(await res.blob()).size+' bytes)');
    };
    ops.appendChild(d);
  }
}).catch((e)=>{document.getElementById('ops').textContent='Could not load the OpenAPI document: '+e;});
</script></body></html>`;
}
