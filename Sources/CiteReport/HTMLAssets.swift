import Crypto
import Foundation

/// The style sheet and the script inlined in every report, and the Content-Security-Policy
/// that allows that one script and nothing else.
enum HTMLAssets {
    static let css = """
    :root{--ink:#1f2328;--muted:#636c76;--line:#d8dee4;--soft:#f6f8fa;--accent:#0a5bb0;--accent-soft:#eaf2fc}
    *{box-sizing:border-box}
    html{font-size:15px;-webkit-text-size-adjust:100%}
    body{margin:0;color:var(--ink);background:#fff;font-family:"Source Sans 3","Segoe UI","Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;line-height:1.5}
    .page{display:grid;grid-template-columns:270px minmax(0,1fr);max-width:1560px;margin:0 auto}
    nav.toc{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:30px 18px 30px 26px;border-right:1px solid var(--line);font-size:13.5px;background:#fcfcfd}
    nav.toc .toc-title{font-size:11.5px;text-transform:uppercase;letter-spacing:.09em;color:var(--muted);font-weight:600;margin-bottom:10px}
    nav.toc ol{list-style:none;margin:0;padding:0}
    nav.toc li{margin:1px 0}
    nav.toc ol ol{padding-left:1.7em;margin:1px 0 6px;font-size:12.5px}
    nav.toc a{color:var(--ink);text-decoration:none;display:block;padding:2px 0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
    nav.toc a:hover{color:var(--accent)}
    .n{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:.55em;font-weight:500}
    main{padding:34px 52px 72px;min-width:0}
    header.masthead{border-bottom:1px solid var(--line);padding-bottom:18px;margin-bottom:8px}
    .kicker{text-transform:uppercase;letter-spacing:.09em;font-size:12px;color:var(--accent);margin:0;font-weight:600}
    h1{font-size:31px;line-height:1.2;margin:6px 0 6px;font-weight:650;letter-spacing:-.01em}
    .subtitle{color:var(--muted);margin:0;font-size:14.5px}
    h2{font-size:22px;line-height:1.25;margin:52px 0 12px;padding-bottom:7px;border-bottom:2px solid var(--ink);font-weight:650}
    h3{font-size:16.5px;margin:34px 0 8px;font-weight:650}
    h2 .n,h3 .n{color:var(--accent)}
    p{max-width:86ch;margin:8px 0}
    a{color:var(--accent)}
    a.sym{text-decoration:none;border-bottom:1px dotted rgba(10,91,176,.5)}
    a.sym:hover{border-bottom-style:solid}
    .sym{font-family:"DejaVu Sans Mono",Menlo,Consolas,"Liberation Mono",monospace;font-size:.86em;white-space:nowrap}
    code{font-family:"DejaVu Sans Mono",Menlo,Consolas,"Liberation Mono",monospace;font-size:.84em;background:var(--soft);border:1px solid #eaeef2;padding:0 4px;border-radius:3px;white-space:nowrap}
    code.path{white-space:normal;overflow-wrap:break-word;background:none;border:0;padding:0;color:#3d444d}
    .quote{font-style:italic}
    .quote::before{content:"\\201C"}
    .quote::after{content:"\\201D"}
    .muted{color:var(--muted)}
    .table-wrap{overflow-x:auto;margin:6px 0 18px}
    table{border-collapse:collapse;width:100%;font-size:13.5px;font-variant-numeric:tabular-nums}
    caption{caption-side:top;text-align:left;color:var(--muted);font-size:13px;padding:0 0 6px}
    th{text-align:left;font-weight:600;border-bottom:1.5px solid var(--ink);padding:6px 10px;white-space:nowrap;vertical-align:bottom;background:#fff}
    td{padding:5px 10px;border-bottom:1px solid #edf0f3;vertical-align:top}
    tbody tr:nth-child(even){background:#fafbfc}
    tbody tr:hover{background:var(--accent-soft)}
    tfoot td{border-top:1.5px solid var(--ink);border-bottom:0}
    .num{text-align:right;white-space:nowrap}
    .nw{white-space:nowrap}
    table.compact{width:auto;min-width:min(100%,460px)}
    td.bar-cell{width:260px;min-width:160px;vertical-align:middle}
    .bar{display:block;height:9px;background:linear-gradient(90deg,#3b7dd8,#0a5bb0);border-radius:2px;min-width:2px}
    .kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(165px,1fr));gap:12px;margin:18px 0}
    .kpi{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--soft)}
    .kpi .v{display:block;font-size:25px;font-weight:650;font-variant-numeric:tabular-nums;line-height:1.2}
    .kpi .l{display:block;font-size:12.5px;color:var(--muted)}
    dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:3px 16px;font-size:13.5px;margin:10px 0 18px;padding:10px 16px;background:var(--soft);border-left:3px solid var(--accent);max-width:100ch}
    dl.legend dt{font-weight:600}
    dl.legend dd{margin:0;color:#3d444d}
    figure.diagram{margin:14px 0 22px;border:1px solid var(--line);border-radius:8px;overflow:hidden;background:#fff;position:relative}
    .viewport{overflow:auto;max-height:78vh;padding:10px;cursor:default}
    .viewport.dragging{cursor:grabbing}
    .viewport svg{display:block;margin:0 auto;max-width:100%;height:auto}
    .viewport svg.zoomed{max-width:none}
    figcaption{font-size:13px;color:var(--muted);padding:8px 14px;border-top:1px solid var(--line);background:var(--soft)}
    .zoom-tools{position:absolute;top:8px;right:8px;display:flex;gap:4px;z-index:1}
    .zoom-tools button{font:inherit;font-size:13px;min-width:30px;height:28px;border:1px solid var(--line);border-radius:5px;background:rgba(255,255,255,.92);cursor:pointer;color:var(--ink)}
    .zoom-tools button:hover{border-color:var(--accent);color:var(--accent)}
    .missing{padding:14px;color:var(--muted)}
    details{border:1px solid var(--line);border-radius:6px;margin:6px 0;background:#fff}
    details>summary{cursor:pointer;padding:7px 12px;list-style-position:inside}
    details[open]>summary{border-bottom:1px solid var(--line);background:var(--soft)}
    details .table-wrap{margin:0;padding:4px 8px 8px}
    input.filter{font:inherit;font-size:13.5px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;width:min(360px,100%);margin:4px 0 6px}
    input.filter:focus{outline:2px solid var(--accent-soft);border-color:var(--accent)}
    html.js th.sortable{cursor:pointer;user-select:none}
    html.js th.sortable::after{content:" \\2195";color:#9aa4ae;font-size:11px}
    html.js th[aria-sort=ascending]::after{content:" \\25B2";color:var(--accent)}
    html.js th[aria-sort=descending]::after{content:" \\25BC";color:var(--accent)}
    footer{color:var(--muted);font-size:12.5px;border-top:1px solid var(--line);margin-top:56px;padding-top:14px}
    @media (max-width:960px){.page{display:block}nav.toc{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--line)}main{padding:20px}}
    @media print{nav.toc,.zoom-tools,input.filter{display:none}.page{display:block}.viewport{max-height:none;overflow:visible}details{break-inside:avoid}}
    """

    /// What a site's pages add: the bar of links at the top, the search box, pagers.
    static let siteCSS = """
    nav.sitebar{display:flex;flex-wrap:wrap;gap:4px 18px;align-items:center;padding:10px 52px;border-bottom:1px solid var(--line);background:#fcfcfd;font-size:14px}
    nav.sitebar a{color:var(--ink);text-decoration:none}
    nav.sitebar a:hover{color:var(--accent)}
    nav.sitebar a.home{font-weight:650}
    main.sitemain{max-width:1280px;margin:0 auto}
    a.ext{font-size:.8em;text-decoration:none;margin-left:.25em;color:var(--muted)}
    a.ext:hover{color:var(--accent)}
    section.search{margin:16px 0 8px}
    section.search label{display:block;font-weight:600;margin-bottom:4px}
    input.site-search{font:inherit;font-size:15px;padding:8px 12px;border:1px solid var(--line);border-radius:6px;width:min(560px,100%)}
    input.site-search:focus{outline:2px solid var(--accent-soft);border-color:var(--accent)}
    ol.results{list-style:none;padding:0;margin:6px 0;max-width:100ch}
    ol.results li{padding:3px 0;border-bottom:1px solid #edf0f3;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
    ol.results a{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em}
    p.pager{font-size:14px;color:var(--muted)}
    p.pager a{margin:0 .2em}
    .here{font-weight:650}
    td.quote-cell{max-width:70ch}
    dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:3px 16px;font-size:14px;margin:14px 0}
    dl.meta dt{font-weight:600;color:var(--muted)}
    dl.meta dd{margin:0}
    td .sym{white-space:normal}
    @media (max-width:960px){nav.sitebar{padding:10px 20px}}
    """

    static let script = """
    (function(){
    var d=document,each=function(l,f){Array.prototype.forEach.call(l,f)};
    d.documentElement.classList.add('js');
    var sd=d.getElementById('search-data'),q=d.getElementById('q'),res=d.getElementById('search-results');
    if(sd&&q&&res){var idx=JSON.parse(sd.textContent),low=idx.map(function(e){return (e[0]+' '+e[1]).toLowerCase()});q.hidden=false;
    var run=function(){var t=q.value.trim().toLowerCase();res.textContent='';if(!t)return;var n=0;
    for(var i=0;i<idx.length&&n<40;i++){if(low[i].indexOf(t)<0)continue;var e=idx[i],li=d.createElement('li'),a=d.createElement('a');
    a.href=e[2];a.textContent=e[0];li.appendChild(a);if(e[1]){var s=d.createElement('span');s.className='muted';s.textContent='  '+e[1];li.appendChild(s)}
    res.appendChild(li);n++}
    if(!n){var li=d.createElement('li');li.className='muted';li.textContent='Nothing found.';res.appendChild(li)}};
    q.addEventListener('input',run);var m=/[#&]q=([^&]*)/.exec(location.hash);if(m){q.value=decodeURIComponent(m[1]);run()}}
    function key(c){var k=c.getAttribute('data-sort');return k!==null?parseFloat(k):c.textContent.trim().toLowerCase()}
    function sortBy(t,i,th){
    var asc=th.getAttribute('aria-sort')!=='ascending';
    each(th.parentNode.cells,function(c){c.removeAttribute('aria-sort')});
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows);
    rows.sort(function(r,s){var x=key(r.cells[i]),y=key(s.cells[i]);
    if(typeof x==='number'&&typeof y==='number')return asc?x-y:y-x;
    x=String(x);y=String(y);return asc?x.localeCompare(y,undefined,{numeric:true}):y.localeCompare(x,undefined,{numeric:true})});
    rows.forEach(function(r){b.appendChild(r)})}
    each(d.querySelectorAll('table.data'),function(t){if(!t.tHead)return;
    each(t.tHead.rows[0].cells,function(th,i){if(!th.textContent.trim())return;
    th.classList.add('sortable');th.tabIndex=0;th.title='Sort';
    var go=function(){sortBy(t,i,th)};th.addEventListener('click',go);
    th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go()}})})});
    each(d.querySelectorAll('input.filter'),function(inp){var t=d.getElementById(inp.getAttribute('data-target'));if(!t)return;
    inp.hidden=false;inp.addEventListener('input',function(){var q=inp.value.trim().toLowerCase();
    var items=t.tBodies?t.tBodies[0].rows:t.querySelectorAll(':scope>details');
    each(items,function(r){r.hidden=!!q&&r.textContent.toLowerCase().indexOf(q)<0})})});
    each(d.querySelectorAll('figure.diagram'),function(f){var vp=f.querySelector('.viewport'),svg=vp&&vp.querySelector('svg'),tools=f.querySelector('.zoom-tools');
    if(!svg||!tools)return;var w=parseFloat(svg.getAttribute('width')),h=parseFloat(svg.getAttribute('height'));if(!(w>0&&h>0))return;
    var s=1;function apply(){svg.classList.add('zoomed');svg.setAttribute('width',(w*s).toFixed(1)+'pt');svg.setAttribute('height',(h*s).toFixed(1)+'pt')}
    function fit(){s=1;svg.classList.remove('zoomed');svg.setAttribute('width',w+'pt');svg.setAttribute('height',h+'pt')}
    function current(){return svg.classList.contains('zoomed')?s:Math.min(1,svg.getBoundingClientRect().width/(w*4/3))}
    var fitted=(vp.clientWidth-24)/(w*4/3);if(fitted<.6){s=.6;apply()}
    tools.hidden=false;tools.addEventListener('click',function(e){var b=e.target.closest('button');if(!b)return;
    var a=b.getAttribute('data-zoom');if(a==='fit'){fit();return}s=current();if(a==='in')s*=1.25;else if(a==='out')s/=1.25;else s=1;apply()});
    vp.addEventListener('wheel',function(e){if(!e.ctrlKey&&!e.metaKey)return;e.preventDefault();s=current()*(e.deltaY<0?1.1:1/1.1);apply()},{passive:false});
    var drag=null;vp.addEventListener('mousedown',function(e){if(e.button!==0||e.target.closest('a'))return;
    drag={x:e.clientX,y:e.clientY,l:vp.scrollLeft,t:vp.scrollTop};vp.classList.add('dragging');e.preventDefault()});
    window.addEventListener('mousemove',function(e){if(!drag)return;vp.scrollLeft=drag.l-(e.clientX-drag.x);vp.scrollTop=drag.t-(e.clientY-drag.y)});
    window.addEventListener('mouseup',function(){drag=null;vp.classList.remove('dragging')})});
    })();
    """

    /// Only the report's own script may run; nothing may be loaded from anywhere.
    static let contentSecurityPolicy: String = {
        let digest = Data(SHA256.hash(data: Array(script.utf8))).base64EncodedString()
        return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-\(digest)'; img-src data:; base-uri 'none'; form-action 'none'"
    }()

    /// The same, and the site's own script files (a large search index: `search-1.js`, …).
    static let contentSecurityPolicyWithSiteScripts: String =
        contentSecurityPolicy.replacingOccurrences(of: "script-src ", with: "script-src 'self' ")
}
