// Writes fixtures/html/<name>.html for every Markdown fixture: the page a
// Jekyll site renders from it, in the shape of numerique.gouv.fr's `evenement`
// layout (title box, content, tags, practical information), with navigation,
// a sidebar of other events and a footer around it. Run after changing a
// fixture: `node scripts/make-html-twins.mjs`; review the diff.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {parseDocument} from 'yaml'

const fixtures = new URL('../fixtures/', import.meta.url)
const out = new URL('html/', fixtures)
mkdirSync(out, {recursive: true})

const render = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  // The same GFM parts as src/core/gfm-structure.ts: tables and strikethrough.
  .use(function () {
    const data = this.data()
    ;(data.micromarkExtensions ??= []).push(gfmStrikethrough(), gfmTable())
    ;(data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown())
  })
  .use(remarkRehype, {allowDangerousHtml: true})
  .use(rehypeRaw)
  .use(rehypeStringify)

const escape = (text) => String(text ?? '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const frenchDay = (value) => {
  const [year, month, day] = String(value).slice(0, 10).split('-').map(Number)
  return `${day === 1 ? '1er' : day} ${months[month - 1]} ${year}`
}
// `2022-11-02 00:00:00 +01:00` → `2022-11-02T00:00:00+01:00`
const isoOf = (value) => String(value).trim().replace(' ', 'T').replace(' ', '')

const chromeTop = `<header role="banner"><nav aria-label="Menu principal"><ul>
<li><a href="/">Accueil</a></li><li><a href="/agenda/">Agenda</a></li><li><a href="/actualites/">Actualités</a></li>
</ul></nav></header>`
const sidebar = `<aside class="autres-evenements"><h2>Autres événements</h2>
<p><b>Le jeudi 12/01 de 10h à 11h <br>[Atelier]</b> <i>Un autre atelier</i></p>
<p>Un événement d'une autre page.</p>
<ul><li><a href="/evenements/autre/">Plus d'informations et inscriptions</a></li></ul>
</aside>`
const chromeBottom = `<footer role="contentinfo"><p><b>Le 01/01 à 9h [Vœux]</b> <i>Pied de page</i></p>
<ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li></ul></footer>`

function eventPage(fm, content) {
  const slide = Array.isArray(fm['une-ou-diaporama']) ? fm['une-ou-diaporama'][0] : null
  const categories = Array.isArray(fm.categories) ? fm.categories : fm.categories ? [fm.categories] : []
  const times = [`<time datetime="${isoOf(fm.event_start_date)}">${frenchDay(fm.event_start_date)}</time>`]
  if (fm.event_end_date) times.push(`<time datetime="${isoOf(fm.event_end_date)}">${frenchDay(fm.event_end_date)}</time>`)
  const rows = (fm.champs_informations ?? []).map((row) => {
    const label = `<span class="font-bold">${escape(row?.intitule)}</span>`
    const value = row?.lien ? `<a class="white-link" href="${escape(row.lien)}">${escape(row.contenu)}</a>` : `<span>${escape(row?.contenu)}</span>`
    return `<p>\n${label}\n${value}\n</p>`
  })
  const access = (fm.acces ?? []).map((item) => `<p><span>${escape(item.type)}</span> ${(item.lignes ?? []).map((line) => `<span>${escape(line.nom)}</span>`).join(' - ')}</p>`)
  return `<div class="page-fille gray-background">
<article class="article">
<p class="event-date">${times.join(' – ')}</p>
${slide?.image ? `<div class="object-fit__image-container"><img class="image-en-tete" alt="${escape(slide['alternative-textuelle'])}" src="${escape(slide.image)}"></div>` : ''}
<div id="titre-article">
${categories[0] ? `<p class="event-category text-center">|  ${escape(categories[0])}  |</p>` : ''}
<h1 class="font-bold text-center">${escape(fm.title)}</h1>
${fm['chapeau-text'] ? `<div class="lead chapeau"><p>${escape(fm['chapeau-text'])}</p></div>` : ''}
</div>
<div id="content-article" class="page-fille-content-text">
${content}
</div>
<div id="tag-article" class="tag"><ul class="no-bullet">${(fm.tags ?? []).map((tag) => `<li><a href="/evenements/?tags=${escape(tag)}#list-post">#${escape(tag)}</a></li>`).join('')}</ul></div>
<div id="informations-pratiques">
<h2 class="h5">Informations pratiques</h2>
${fm.lieu ? `<p class="font-bold">${escape(fm.lieu)}</p>` : ''}
${fm.adresse ? `<p>${escape(fm.adresse)}</p>` : ''}
<br>
${access.length > 0 ? `<p class="font-bold">Comment y aller ?</p>\n${access.join('\n')}\n<br>` : ''}
${rows.join('\n')}
</div>
</article>
</div>`
}

for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.md')).sort()) {
  const markdown = readFileSync(new URL(name, fixtures), 'utf8')
  const tree = render.parse(markdown)
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : null
  const fm = yamlNode ? (parseDocument(yamlNode.value).toJS() ?? {}) : {}
  const content = render.stringify(render.runSync(tree))
  const main = fm.event_start_date ? eventPage(fm, content) : `<article class="article">\n${content}\n</article>`
  const page = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escape(fm.title ?? name)} | numerique.gouv.fr</title>
<script>window.dataLayer = [];</script></head>
<body>
${chromeTop}
<main id="main" role="main">
${main}
${sidebar}
${chromeBottom}
</main>
</body>
</html>
`
  writeFileSync(new URL(name.replace(/\.md$/u, '.html'), out), page)
}
