// The style sheet and the one script of the review page, both inline: the page loads nothing.
import { sha256Base64 } from './sha256.js'

/**
 * System fonts only (CJK, Arabic and Hebrew fallbacks named for systems that lack them in
 * `system-ui`); `content-visibility` lets a page of thousands of beads lay out only what is on screen.
 */
export const CSS = `:root{color-scheme:light;--ok:#1a7f37;--mid:#b58400;--lo:#cf222e;--none:#8c959f;--line:#d0d7de;--mute:#59636e;--soft:#f6f8fa;--hl:#0969da}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Noto Sans Arabic","Noto Sans Hebrew","Helvetica Neue",Arial,sans-serif;color:#1f2328;background:#fff}
header.top{padding:12px 16px 8px;border-bottom:1px solid var(--line);background:var(--soft)}
h1{font-size:18px;margin:0 0 2px;overflow-wrap:anywhere}
h2{font-size:16px;margin:24px 0 8px}
h3{font-size:15px;margin:0 0 6px;overflow-wrap:anywhere}
a{color:var(--hl)}
.sub,.note,.m{color:var(--mute)}
.sub b.bad{color:var(--lo)}
.note{font-size:12px}
main{padding:0 16px 48px}
.ev{display:flex;flex-wrap:wrap;gap:4px 20px;margin:6px 0;font-size:13px}
.ev b{font-weight:600}
.chips{margin:4px 0;font-size:13px}
.chip{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:1px 2px;background:#fff;font-size:12px;unicode-bidi:isolate}
.bar{display:inline-block;width:52px;height:8px;border-radius:4px;vertical-align:middle;background:linear-gradient(90deg,var(--c) var(--v),#e3e6ea 0)}
${Array.from({ length: 21 }, (_, i) => `.v${i}{--v:${i * 5}%}`).join('')}
.bar.g{--c:var(--ok)}.bar.m{--c:var(--mid)}.bar.l{--c:var(--lo)}.bar.z{--c:var(--none);background:repeating-linear-gradient(45deg,#d8dce0 0 3px,#f0f2f4 3px 6px)}
.flags{margin:6px 0;border:1px solid #f0c8a0;background:#fff8f0;border-radius:6px;padding:4px 10px}
.flags summary{cursor:pointer;font-weight:600}
.flags ol{margin:4px 0;padding-inline-start:20px;max-height:13em;overflow:auto;font-size:13px}
.controls{display:flex;flex-wrap:wrap;gap:4px 18px;align-items:center;margin:8px 0 0;font-size:13px}
.legend{font-size:12px;color:var(--mute)}
.legend summary{cursor:pointer}
.legend dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}
.legend dd{margin:0}
.beads{margin-top:8px}
.bd{display:grid;grid-template-columns:8.5rem minmax(0,1fr) minmax(0,1fr);gap:0 16px;padding:6px 4px;border-bottom:1px solid #eaeef2;content-visibility:auto;contain-intrinsic-size:auto 3.5em}
.bd.hd{position:sticky;top:0;z-index:1;background:#fff;border-bottom:2px solid var(--line);font-weight:600;content-visibility:visible;padding:6px 4px}
.bd.f{background:#fff8f0}
.bd.cur,.bd:target{outline:2px solid var(--hl);outline-offset:-2px}
.m{font-size:12px;white-space:nowrap;font-variant-numeric:tabular-nums}
.m a{color:inherit}
.m b{color:#1f2328}
.m .why{display:block;color:var(--lo);white-space:normal}
.sa p,.sb p,p.sa,p.sb{margin:0 0 4px;unicode-bidi:plaintext;text-align:start;overflow-wrap:anywhere}
p.none{color:var(--none);font-style:italic}
.sn,p[data-n]::before{display:inline-block;min-width:1.6em;font-size:11px;color:var(--mute);margin-inline-end:4px;font-variant-numeric:tabular-nums;user-select:none}
p[data-n]::before{content:attr(data-n)}
.pr{grid-column:2/-1;margin:2px 0 0;padding:0;list-style:none;font-size:12px;color:var(--lo)}
mark.n{background:none;color:inherit;border-bottom:2px solid var(--ok);padding:0 1px;unicode-bidi:isolate}
mark.bad{background:#ffebe9;border-bottom:2px solid var(--lo)}
mark.miss,mark.add{background:#fff5c2;border-bottom:2px dashed var(--mid)}
mark.unsure{border-bottom:2px dotted var(--none)}
mark.skip{border-bottom:1px solid var(--line)}
mark.hl{background:#ddf4ff;outline:2px solid var(--hl)}
table.list{border-collapse:collapse;width:100%;font-size:13px}
.list th,.list td{border-bottom:1px solid #eaeef2;padding:4px 8px;text-align:start;vertical-align:top}
.list th{position:sticky;top:0;background:#fff;border-bottom:2px solid var(--line)}
.list td:not(.t){white-space:nowrap}
.list td.t{unicode-bidi:plaintext;overflow-wrap:break-word}
.prow.f td:first-child{box-shadow:inset 3px 0 var(--lo)}
.kind{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;color:#fff}
.k-exact{background:#1f6feb}.k-near{background:#8250df}.k-contained{background:#bc4c00}.k-translation{background:#1a7f37}
ul.cl{list-style:none;padding:0;margin:0}
ul.cl>li{border-bottom:1px solid #eaeef2;padding:6px 0}
section.ps{margin-top:28px;padding-top:8px;border-top:3px solid var(--line)}
section.lst{content-visibility:auto;contain-intrinsic-size:auto 40em}
.only .bd:not(.f):not(.hd),.only .prow:not(.f){display:none}
footer{padding:12px 16px;color:var(--mute);font-size:12px;border-top:1px solid var(--line)}
@media (max-width:760px){.bd{grid-template-columns:minmax(0,1fr)}.pr{grid-column:1}.bd.hd{display:none}}
@media print{.controls,.flags{display:none}.bd{content-visibility:visible}}`

/**
 * The page's script, all of it optional: j/k move between flagged beads, hovering a number lights
 * up its counterpart, "only problems" hides the rest; the controls it drives are hidden until it
 * runs (without it the page shows everything). Errors are written into the page (`data-error` on
 * <html>) and `data-ready` says it ran, so a test can check both. The page's
 * Content-Security-Policy allows this script by its hash and no other.
 */
export const SCRIPT = `(function () {
  var d = document, root = d.documentElement
  function fail(e) {
    root.setAttribute('data-error', (root.getAttribute('data-error') || '') + String((e && (e.stack || e.message)) || e) + '\\n')
  }
  addEventListener('error', function (e) { fail(e.error || e.message) })
  addEventListener('unhandledrejection', function (e) { fail(e.reason) })
  var flagged = [].slice.call(d.querySelectorAll('.bd.f'))
  var cur = -1
  try {
    cur = flagged.indexOf(d.getElementById(decodeURIComponent(location.hash.slice(1))))
  } catch (e) {}
  function go(step) {
    if (!flagged.length) return
    cur = cur < 0 ? (step > 0 ? 0 : flagged.length - 1) : (cur + step + flagged.length) % flagged.length
    var old = d.querySelector('.bd.cur')
    if (old) old.classList.remove('cur')
    var el = flagged[cur]
    el.classList.add('cur')
    el.scrollIntoView({ block: 'center' })
    el.focus({ preventScroll: true })
    if (history.replaceState) history.replaceState(null, '', '#' + el.id)
  }
  d.addEventListener('keydown', function (e) {
    var t = e.target
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName) || (t.tagName === 'INPUT' && t.type !== 'checkbox')))) return
    if (e.key === 'j') go(1)
    else if (e.key === 'k') go(-1)
  })
  var lit = []
  function light(p) {
    for (var i = 0; i < lit.length; i++) lit[i].classList.remove('hl')
    lit = p ? [].slice.call(d.querySelectorAll('mark[data-p="' + p + '"]')) : []
    for (var j = 0; j < lit.length; j++) lit[j].classList.add('hl')
  }
  d.addEventListener('mouseover', function (e) {
    var m = e.target && e.target.closest ? e.target.closest('mark[data-p]') : null
    light(m ? m.getAttribute('data-p') : null)
  })
  var only = d.getElementById('only')
  if (only) {
    var sync = function () { d.body.classList.toggle('only', only.checked) }
    only.addEventListener('change', sync)
    sync()
  }
  var keys = d.querySelectorAll('.keys')
  for (var k = 0; k < keys.length; k++) keys[k].hidden = false
  root.setAttribute('data-ready', '1')
})()`

let policy: string | undefined

/**
 * The page's Content-Security-Policy: no network at all (no fonts, images, styles or scripts from
 * anywhere), and only the page's own style sheet and script, named by their hashes, so a document
 * whose text got past escaping could neither run code nor restyle the page. Computed on first use.
 *
 * @example
 * contentSecurityPolicy() //=> "default-src 'none'; style-src 'sha256-…'; script-src 'sha256-…'; base-uri 'none'; form-action 'none'"
 */
export function contentSecurityPolicy(): string {
  policy ??= `default-src 'none'; style-src 'sha256-${sha256Base64(CSS)}'; script-src 'sha256-${sha256Base64(SCRIPT)}'; base-uri 'none'; form-action 'none'`
  return policy
}
